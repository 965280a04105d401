using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Access;

/// <summary>
/// Every REST write, with real tokens: refused without credentials (401 and a Bearer challenge), refused for
/// a signed-in caller without the role (403), refused for another instructor where the thing belongs to
/// someone, and carried out for the caller it is meant for. Each case runs on fresh files, set up as an
/// instructor ("teacher-a") and an admin would have left them.
/// </summary>
public sealed class WriteRouteAccessTests : ApiTest
{
    private const string Owner = "teacher-a";
    /// <summary>The one chunk of the set-up's upload; sending it again is a retry the service accepts.</summary>
    private static readonly byte[] Clip = VideoBytes.Mp4(64);

    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];

    private enum Door
    {
        /// <summary>Instructors (for what they own) and admins.</summary>
        Author,

        /// <summary>Admins only.</summary>
        Admin,
    }

    /// <param name="Owned">Whether another instructor is refused (it belongs to the owner, or was started by them).</param>
    private sealed record Call(string Method, string Path, Door Door, bool Owned, HttpStatusCode Success, Func<World, HttpContent?> Body);

    /// <summary>What the set-up made: a course of the owner's with a section, a lesson, a course video and two uploads; an admin video; a category.</summary>
    private sealed record World(int Course, int Section, int Lesson, string CourseVideo, string AdminVideo, int Category, string Upload, string OtherUpload);

    private static readonly Dictionary<string, Call> Calls = new()
    {
        ["create course"] = new("POST", "/api/courses", Door.Author, false, HttpStatusCode.Created, _ => JsonContent.Create(new { title = "New" })),
        ["create course (gateway)"] = new("POST", "/courses", Door.Author, false, HttpStatusCode.Created, _ => JsonContent.Create(new { title = "New" })),
        ["update course"] = new("PUT", "/api/courses/{course}", Door.Author, true, HttpStatusCode.OK, _ => JsonContent.Create(new { title = "Renamed" })),
        ["publish course"] = new("POST", "/api/courses/{course}/publish", Door.Author, true, HttpStatusCode.OK, _ => null),
        ["unpublish course (gateway)"] = new("POST", "/courses/{course}/unpublish", Door.Author, true, HttpStatusCode.OK, _ => null),
        ["give a course to an owner"] = new("PUT", "/api/courses/{course}/owner", Door.Admin, true, HttpStatusCode.OK, _ => Snake(new { owner_id = "teacher-c" })),
        ["delete course"] = new("DELETE", "/api/courses/{course}", Door.Admin, true, HttpStatusCode.OK, _ => null),
        ["add section"] = new("POST", "/api/courses/{course}/sections", Door.Author, true, HttpStatusCode.Created, _ => JsonContent.Create(new { title = "Two", order = 2 })),
        ["update section"] = new("PUT", "/api/courses/{course}/sections/{section}", Door.Author, true, HttpStatusCode.OK, _ => JsonContent.Create(new { title = "One+" })),
        ["delete section"] = new("DELETE", "/api/courses/{course}/sections/{section}", Door.Author, true, HttpStatusCode.OK, _ => null),
        ["add lesson"] = new("POST", "/api/courses/{course}/lessons", Door.Author, true, HttpStatusCode.Created,
            w => Snake(new { section_id = w.Section, title = "L2", type = "video", order = 2 })),
        ["update lesson"] = new("PUT", "/api/courses/{course}/lessons/{lesson}", Door.Author, true, HttpStatusCode.OK, _ => JsonContent.Create(new { title = "L1+" })),
        ["update lesson (gateway)"] = new("PUT", "/courses/{course}/lessons/{lesson}", Door.Author, true, HttpStatusCode.OK, _ => JsonContent.Create(new { duration = 60 })),
        ["delete lesson"] = new("DELETE", "/api/courses/{course}/lessons/{lesson}", Door.Author, true, HttpStatusCode.OK, _ => null),
        ["create course video"] = new("POST", "/course-videos", Door.Author, true, HttpStatusCode.Created,
            w => Snake(new { hash = "cvhash02", filename = "two.mp4", course_id = w.Course })),
        ["update course video"] = new("PUT", "/course-videos/{cv}", Door.Author, true, HttpStatusCode.OK, _ => JsonContent.Create(new { title = "Lesson one" })),
        ["patch course video"] = new("PATCH", "/course-videos/{cv}", Door.Author, true, HttpStatusCode.OK, _ => JsonContent.Create(new { title = "Lesson 1" })),
        ["delete course video"] = new("DELETE", "/course-videos/{cv}", Door.Author, true, HttpStatusCode.OK, _ => null),
        ["update any video: a course video"] = new("PUT", "/videos/{cv}", Door.Author, true, HttpStatusCode.OK, _ => JsonContent.Create(new { title = "Any" })),
        ["delete any video: a course video"] = new("DELETE", "/videos/{cv}", Door.Author, true, HttpStatusCode.OK, _ => null),
        ["stop a course video"] = new("PUT", "/videos/{cv}/stop", Door.Author, true, HttpStatusCode.OK, _ => null),
        ["resume a course video"] = new("PUT", "/videos/{cv}/resume", Door.Author, true, HttpStatusCode.OK, _ => null),
        ["publish a course video"] = new("POST", "/videos/{cv}/publish", Door.Author, true, HttpStatusCode.OK, _ => null),
        ["re-run a course video's processing"] = new("POST", "/transcode/{cv}", Door.Author, true, HttpStatusCode.Accepted, _ => null),
        ["replace a course video's thumbnail"] = new("POST", "/thumbnail/{cv}", Door.Author, true, HttpStatusCode.OK,
            _ => new MultipartFormDataContent { { new ByteArrayContent(Png), "file", "mine.png" } }),
        ["report transcoding status"] = new("POST", "/videos/{cv}/transcoding-status?status=failed", Door.Admin, true, HttpStatusCode.OK, _ => null),
        ["create admin video"] = new("POST", "/videos", Door.Admin, true, HttpStatusCode.Created, _ => JsonContent.Create(new { hash = "avhash02", filename = "a.mp4" })),
        ["update admin video"] = new("PUT", "/videos/{av}", Door.Admin, true, HttpStatusCode.OK, _ => JsonContent.Create(new { title = "Admin" })),
        ["stop an admin video"] = new("PUT", "/videos/{av}/stop", Door.Admin, true, HttpStatusCode.OK, _ => null),
        ["delete admin video"] = new("DELETE", "/videos/{av}", Door.Admin, true, HttpStatusCode.OK, _ => null),
        ["create category"] = new("POST", "/categories", Door.Admin, true, HttpStatusCode.Created, _ => JsonContent.Create(new { name = "Music" })),
        ["delete category"] = new("DELETE", "/categories/{category}", Door.Admin, true, HttpStatusCode.OK, _ => null),
        ["start an upload to a course"] = new("POST", "/upload/init", Door.Author, true, HttpStatusCode.OK,
            w => Form(("filename", "b.mp4"), ("total_chunks", "1"), ("course_id", $"{w.Course}"))),
        ["start an upload to a course (course route)"] = new("POST", "/api/courses/{course}/upload/init", Door.Author, true, HttpStatusCode.OK,
            _ => Form(("filename", "b.mp4"), ("total_chunks", "1"))),
        ["start an upload without a course"] = new("POST", "/upload/init", Door.Admin, true, HttpStatusCode.OK, _ => Form(("filename", "b.mp4"), ("total_chunks", "1"))),
        ["send a chunk"] = new("POST", "/upload/chunk", Door.Author, true, HttpStatusCode.OK, w => Chunk(w.Upload)),
        ["send a chunk (course route)"] = new("POST", "/api/courses/{course}/upload/chunk", Door.Author, true, HttpStatusCode.OK, w => Chunk(w.Upload)),
        ["put a chunk"] = new("PUT", "/upload/{upload}/chunks/0", Door.Author, true, HttpStatusCode.OK, _ => new ByteArrayContent(Clip)),
        ["complete an upload"] = new("POST", "/upload/complete", Door.Author, true, HttpStatusCode.OK, w => Form(("upload_id", w.Upload))),
        ["complete an upload (course route)"] = new("POST", "/api/courses/{course}/upload/complete", Door.Author, true, HttpStatusCode.OK, w => Form(("upload_id", w.Upload))),
        ["abort an upload"] = new("DELETE", "/upload/{other-upload}", Door.Author, true, HttpStatusCode.OK, _ => null),
    };

    public static TheoryData<string> Names => new(Calls.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_write_needs_credentials_the_role_and_for_owned_things_the_owner(string name)
    {
        var call = Calls[name];
        var world = await ArrangeAsync();

        using var anonymous = Factory.ClientWith(null);
        var unauthenticated = await SendAsync(anonymous, call, world);
        var problem = await unauthenticated.ProblemAsync(401);
        Assert.Equal("Bearer", unauthenticated.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("token", (string)problem["detail"]!);

        using var student = Factory.ClientWith(TestTokens.Mint("student-1", "student"));
        await (await SendAsync(student, call, world)).ProblemAsync(403);

        using var instructor = Factory.ClientWith(TestTokens.Instructor(Owner));
        if (call.Door == Door.Admin)
        {
            await (await SendAsync(instructor, call, world)).ProblemAsync(403);
        }

        if (call.Owned)
        {
            using var other = Factory.ClientWith(TestTokens.Instructor("teacher-b"));
            await (await SendAsync(other, call, world)).ProblemAsync(403);
        }

        var allowed = await SendAsync(call.Door == Door.Admin ? Client : instructor, call, world);
        Assert.True(allowed.StatusCode == call.Success, $"{name}: expected {(int)call.Success}, got {(int)allowed.StatusCode}: {await allowed.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_refused_write_changes_nothing()
    {
        var world = await ArrangeAsync();
        using var other = Factory.ClientWith(TestTokens.Instructor("teacher-b"));

        await (await other.PutAsJsonAsync($"/api/courses/{world.Course}", new { title = "Taken over" })).ProblemAsync(403);
        await (await other.DeleteAsync($"/course-videos/{world.CourseVideo}")).ProblemAsync(403);

        Assert.Equal("Owned", (string?)(await Client.GetJsonAsync($"/api/courses/{world.Course}"))["title"]);
        Assert.Equal(world.Course, (int)(await Client.GetJsonAsync($"/course-videos/{world.CourseVideo}"))["course_id"]!);
    }

    [Fact]
    public async Task Reads_stay_public()
    {
        var world = await ArrangeAsync();
        using var anonymous = Factory.ClientWith(null);

        foreach (var path in new[] { "/api/courses", $"/api/courses/{world.Course}", "/videos", $"/videos/{world.AdminVideo}", $"/course-videos/{world.CourseVideo}",
                     "/categories", $"/transcode/{world.CourseVideo}/status", $"/upload/{world.Upload}", "/health" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        }
    }

    private async Task<World> ArrangeAsync()
    {
        using var owner = Factory.ClientWith(TestTokens.Instructor(Owner));
        var course = (int)(await (await owner.PostAsJsonAsync("/api/courses", new { title = "Owned" })).BodyAsync())["course_id"]!;
        var section = (int)(await (await owner.PostAsJsonAsync($"/api/courses/{course}/sections", new { title = "One", order = 1 })).BodyAsync())["section_id"]!;
        var lesson = (int)(await (await owner.PostJsonAsync($"/api/courses/{course}/lessons",
            new { section_id = section, title = "L1", type = "video", order = 1 })).BodyAsync())["lesson_id"]!;
        (await owner.PostJsonAsync("/course-videos", new { hash = "cvhash01", filename = "one.mp4", course_id = course })).EnsureSuccessStatusCode();
        (await Client.PostJsonAsync("/videos", new { hash = "avhash01", filename = "admin.mp4" })).EnsureSuccessStatusCode();
        (await Client.PostAsync("/videos/cvhash01/transcoding-status?status=completed", null)).EnsureSuccessStatusCode();
        var category = (int)(await (await Client.PostJsonAsync("/categories", new { name = "Design" })).BodyAsync())["id"]!;

        var uploads = new UploadClient(owner);
        var upload = await uploads.StartAsync("clip.mp4", 1, courseId: $"{course}");
        (await uploads.ChunkAsync(upload, 0, Clip)).EnsureSuccessStatusCode();
        var otherUpload = await uploads.StartAsync("other.mp4", 2, courseId: $"{course}");
        return new World(course, section, lesson, "cvhash01", "avhash01", category, upload, otherUpload);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Call call, World world)
    {
        var path = call.Path.Replace("{course}", $"{world.Course}").Replace("{section}", $"{world.Section}").Replace("{lesson}", $"{world.Lesson}")
            .Replace("{cv}", world.CourseVideo).Replace("{av}", world.AdminVideo).Replace("{category}", $"{world.Category}")
            .Replace("{other-upload}", world.OtherUpload).Replace("{upload}", world.Upload);
        return client.SendAsync(new HttpRequestMessage(new HttpMethod(call.Method), path) { Content = call.Body(world) });
    }

    private static JsonContent Snake(object body) => JsonContent.Create(body, options: Json.SnakeCase);

    private static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (fieldName, value) in fields)
        {
            form.Add(new StringContent(value), fieldName);
        }

        return form;
    }

    /// <summary>Chunk 0 again, with the bytes the set-up sent: a retry the service accepts as the same chunk.</summary>
    private static MultipartFormDataContent Chunk(string upload)
    {
        var form = Form(("upload_id", upload), ("index", "0"));
        form.Add(new ByteArrayContent(Clip), "file", "blob");
        return form;
    }
}
