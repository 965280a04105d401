using System.Net;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Uploads;

public sealed class UploadRoutingTests : ApiTest
{
    private UploadClient Uploads => new(Client);

    private async Task<int> CreateCourseAsync() =>
        (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "Course" })).BodyAsync())["course_id"]!;

    private string Original(string folder, string hash, string filename) =>
        Path.Combine(Folder.StorageRoot, "originals", folder, hash, filename);

    [Fact]
    public async Task An_upload_without_a_course_becomes_an_admin_video_in_videos_db()
    {
        var bytes = VideoBytes.Mp4(300_000);
        var init = await (await Uploads.InitAsync("talk.mp4", 3)).BodyAsync();
        var id = (string)init["upload_id"]!;
        Assert.Equal("default", (string?)init["course_folder"]);
        Assert.Matches("^[0-9a-f]{32}$", id);

        await Uploads.SendAllAsync(id, VideoBytes.Split(bytes, 100_000));
        var done = await (await Uploads.CompleteAsync(id)).BodyAsync();

        Assert.Equal(id, (string?)done["hash"]);
        Assert.Equal(UploadClient.Sha256(bytes), (string?)done["sha256"]);
        Assert.Equal(bytes.Length, (long)done["size"]!);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", id, "talk.mp4")));
        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos", $"hash = '{id}' AND course_id IS NULL"));
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "course_videos"));
        var video = await Client.GetJsonAsync($"/videos/{id}");
        Assert.Equal("talk.mp4", (string?)video["title"]);
        Assert.Equal("draft", (string?)video["status"]);
        Assert.Equal("pending", (string?)video["transcoding_status"]);
    }

    [Fact]
    public async Task An_upload_with_a_course_becomes_a_course_video_in_courses_db()
    {
        var course = await CreateCourseAsync();
        var bytes = VideoBytes.Mp4(250_000);
        var init = await (await Uploads.InitAsync("lesson.mov", 3, course.ToString())).BodyAsync();
        var id = (string)init["upload_id"]!;
        Assert.Equal(course.ToString(), (string?)init["course_folder"]);

        await Uploads.SendAllAsync(id, VideoBytes.Split(bytes, 100_000));
        (await Uploads.CompleteAsync(id, courseId: course.ToString())).EnsureSuccessStatusCode();

        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original(course.ToString(), id, "lesson.mov")));
        Assert.Equal(1, TestDb.Count(Folder.CoursesDb, "course_videos", $"hash = '{id}' AND course_id = {course}"));
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
        Assert.Equal(id, (string?)(await Client.GetJsonAsync($"/videos/course/{course}"))["videos"]![0]!["hash"]);
    }

    [Fact]
    public async Task The_course_scoped_routes_take_the_course_from_the_path()
    {
        var course = await CreateCourseAsync();
        var scoped = new UploadClient(Client, $"/api/courses/{course}/upload");
        var bytes = VideoBytes.Mp4(50_000);

        var id = await scoped.StartAsync("a.m4v", 1);
        (await scoped.ChunkAsync(id, 0, bytes)).EnsureSuccessStatusCode();
        (await scoped.CompleteAsync(id)).EnsureSuccessStatusCode();

        Assert.Equal(1, TestDb.Count(Folder.CoursesDb, "course_videos", $"hash = '{id}' AND course_id = {course}"));
        Assert.True(File.Exists(Original(course.ToString(), id, "a.m4v")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("None")]
    [InlineData("null")]
    [InlineData("NULL")]
    public async Task The_old_clients_ways_of_saying_no_course_make_an_admin_video(string courseValue)
    {
        var id = await Uploads.StartAsync("x.mp4", 1, courseValue);
        (await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(1000), courseId: courseValue)).EnsureSuccessStatusCode();
        (await Uploads.CompleteAsync(id, courseId: courseValue)).EnsureSuccessStatusCode();

        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos", $"hash = '{id}'"));
        Assert.True(File.Exists(Original("default", id, "x.mp4")));
    }

    [Fact]
    public async Task An_unknown_course_is_refused_at_init_before_anything_is_stored()
    {
        var problem = await (await Uploads.InitAsync("x.mp4", 2, "4242")).ProblemAsync(422);

        Assert.Contains("Course 4242 does not exist", (string?)problem["detail"]);
        Assert.False(Directory.Exists(Path.Combine(Folder.StorageRoot, "uploads")) &&
                     Directory.EnumerateFileSystemEntries(Path.Combine(Folder.StorageRoot, "uploads")).Any());
    }

    [Fact]
    public async Task A_course_deleted_between_init_and_complete_stores_nothing()
    {
        var course = await CreateCourseAsync();
        var id = await Uploads.StartAsync("x.mp4", 1, course.ToString());
        (await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(1000))).EnsureSuccessStatusCode();
        (await Client.DeleteAsync($"/api/courses/{course}")).EnsureSuccessStatusCode();

        var problem = await (await Uploads.CompleteAsync(id)).ProblemAsync(422);

        Assert.Contains("deleted", (string?)problem["detail"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "course_videos"));
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
        Assert.False(Directory.Exists(Path.Combine(Folder.StorageRoot, "originals")) &&
                     Directory.EnumerateFiles(Path.Combine(Folder.StorageRoot, "originals"), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task A_course_id_on_a_chunk_that_differs_from_init_is_refused()
    {
        var course = await CreateCourseAsync();
        var id = await Uploads.StartAsync("x.mp4", 1, course.ToString());

        await (await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(100), courseId: (course + 1).ToString())).ProblemAsync(400);
    }

    [Fact]
    public async Task Fields_sent_after_the_file_part_still_work()
    {
        var bytes = VideoBytes.Mp4(10_000);
        var id = await Uploads.StartAsync("late-fields.mp4", 1);

        (await Uploads.ChunkAsync(id, 0, bytes, fileFirst: true)).EnsureSuccessStatusCode();
        (await Uploads.CompleteAsync(id)).EnsureSuccessStatusCode();

        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", id, "late-fields.mp4")));
    }

    [Fact]
    public async Task Scripts_can_put_raw_chunks()
    {
        var bytes = VideoBytes.Mp4(30_000);
        var chunks = VideoBytes.Split(bytes, 10_000);
        var id = await Uploads.StartAsync("raw.mp4", chunks.Count, chunkSize: 10_000);

        for (var i = chunks.Count - 1; i >= 0; i--)
        {
            var response = await Client.PutAsync($"/upload/{id}/chunks/{i}?sha256={UploadClient.Sha256(chunks[i])}", new ByteArrayContent(chunks[i]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var done = await (await Uploads.CompleteAsync(id, UploadClient.Sha256(bytes))).BodyAsync();
        Assert.Equal(bytes.Length, (long)done["size"]!);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", id, "raw.mp4")));
    }
}
