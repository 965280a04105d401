using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Access;

/// <summary>ASP.NET Core's rate limiter per caller: writes, and upload starts on top.</summary>
public sealed class RateLimitTests : ApiTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:Writes:PermitLimit"] = "4",
        ["RateLimits:Writes:Window"] = "00:10:00",
        ["RateLimits:UploadStarts:PermitLimit"] = "2",
        ["RateLimits:UploadStarts:Window"] = "00:10:00",
    };

    [Fact]
    public async Task Writes_past_the_limit_get_429_with_retry_after_and_other_callers_and_reads_are_not_held_up()
    {
        using var teacher = Factory.ClientWith(TestTokens.Instructor("teacher-a"));
        for (var i = 0; i < 4; i++)
        {
            (await teacher.PostAsJsonAsync("/api/courses", new { title = $"C{i}" })).EnsureSuccessStatusCode();
        }

        var refused = await teacher.PostAsJsonAsync("/api/courses", new { title = "One too many" });

        await refused.ProblemAsync(429);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when to come back");
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/api/courses")).StatusCode);
        using var colleague = Factory.ClientWith(TestTokens.Instructor("teacher-b"));
        Assert.Equal(HttpStatusCode.Created, (await colleague.PostAsJsonAsync("/api/courses", new { title = "Mine" })).StatusCode);
        Assert.Equal(5, (int)(await Client.GetJsonAsync("/api/courses"))["pagination"]!["total_count"]!);
    }

    [Fact]
    public async Task Each_graphql_mutation_is_a_write()
    {
        using var teacher = Factory.ClientWith(TestTokens.Instructor("teacher-a"));
        const string Create = "mutation { a: createCourse(input: { title: \"A\" }) { course { id } } }";
        for (var i = 0; i < 4; i++)
        {
            await teacher.GraphQLDataAsync(Create);
        }

        var response = await teacher.PostAsJsonAsync("/graphql", new { query = Create });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("RATE_LIMITED", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await teacher.PostAsJsonAsync("/graphql", new { query = "{ courses { totalCount } }" })).StatusCode);
    }

    [Fact]
    public async Task Starting_uploads_has_its_own_smaller_limit()
    {
        using var teacher = Factory.ClientWith(TestTokens.Instructor("teacher-a"));
        var course = (int)(await (await teacher.PostAsJsonAsync("/api/courses", new { title = "Uploads" })).BodyAsync())["course_id"]!;
        var uploads = new UploadClient(teacher);

        (await uploads.InitAsync("a.mp4", 1, $"{course}")).EnsureSuccessStatusCode();
        (await uploads.InitAsync("b.mp4", 1, $"{course}")).EnsureSuccessStatusCode();
        var third = await uploads.InitAsync("c.mp4", 1, $"{course}");

        await third.ProblemAsync(429);
        Assert.NotNull(third.Headers.RetryAfter);
    }
}

/// <summary>How many uploads one caller may leave open: staged chunks cannot fill the disk.</summary>
public sealed class OpenUploadBoundTests : ApiTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Upload:MaxOpenUploadsPerCaller"] = "2" };

    [Fact]
    public async Task A_caller_with_too_many_open_uploads_must_finish_or_abort_one_first()
    {
        using var teacher = Factory.ClientWith(TestTokens.Instructor("teacher-a"));
        var course = (int)(await (await teacher.PostAsJsonAsync("/api/courses", new { title = "Uploads" })).BodyAsync())["course_id"]!;
        var mine = new UploadClient(teacher);
        var first = await mine.StartAsync("a.mp4", 1, $"{course}");
        await mine.StartAsync("b.mp4", 1, $"{course}");

        var refused = await (await mine.InitAsync("c.mp4", 1, $"{course}")).ProblemAsync(429);
        var admin = await new UploadClient(Client).InitAsync("d.mp4", 1);
        (await teacher.DeleteAsync($"/upload/{first}")).EnsureSuccessStatusCode();
        var again = await mine.InitAsync("c.mp4", 1, $"{course}");

        Assert.Contains("2 uploads in progress", (string)refused["detail"]!);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Only_the_caller_who_started_an_upload_or_an_admin_may_continue_it()
    {
        using var teacher = Factory.ClientWith(TestTokens.Instructor("teacher-a"));
        var course = (int)(await (await teacher.PostAsJsonAsync("/api/courses", new { title = "Shared" })).BodyAsync())["course_id"]!;
        (await Client.PutAsJsonAsync($"/api/courses/{course}/owner", new { owner_id = "teacher-a" })).EnsureSuccessStatusCode();
        var upload = await new UploadClient(teacher).StartAsync("a.mp4", 1, $"{course}");
        using var colleague = Factory.ClientWith(TestTokens.Instructor("teacher-b"));
        var clip = VideoBytes.Mp4(64);

        var problem = await (await new UploadClient(colleague).ChunkAsync(upload, 0, clip)).ProblemAsync(403);
        (await new UploadClient(Client).ChunkAsync(upload, 0, clip)).EnsureSuccessStatusCode();
        var completed = await new UploadClient(teacher).CompleteAsync(upload);

        Assert.Contains("started by someone else", (string)problem["detail"]!);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
    }
}
