using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.DropIn;

/// <summary>/videos/{hash} finds a video wherever it lives, so the transcoder's and the preview page's calls work for course videos too.</summary>
public sealed class VideoCallsTests : LegacySiteTest
{
    public VideoCallsTests()
    {
        Client.PostJsonAsync("/course-videos", new { hash = "lesson1", filename = "l.mp4", course_id = 1 }).GetAwaiter().GetResult().EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Put_on_a_course_videos_hash_updates_the_course_video()
    {
        var answer = await (await Client.PutJsonAsync("/videos/lesson1", new { transcoding_status = "completed", title = "Lesson one" })).BodyAsync();

        Assert.Equal("updated", (string?)answer["status"]);
        Assert.Equal("completed", (string?)TestDb.Scalar(Folder.CoursesDb, "SELECT transcoding_status FROM course_videos WHERE hash = 'lesson1'"));
        Assert.Equal("Lesson one", (string?)(await Client.GetJsonAsync("/videos/lesson1"))["title"]);
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos", "hash = 'lesson1'"));
    }

    [Theory]
    [InlineData("adminhash1")]
    [InlineData("lesson1")]
    public async Task The_stop_flag_and_the_transcoding_status_work_on_both_tables(string hash)
    {
        Assert.False((bool)(await Client.GetJsonAsync($"/videos/{hash}/stopped"))["stopped"]!);

        var stop = await (await Client.PutAsync($"/videos/{hash}/stop", null)).BodyAsync();
        var stopped = (bool)(await Client.GetJsonAsync($"/videos/{hash}/stopped"))["stopped"]!;
        var resume = await (await Client.PutAsync($"/videos/{hash}/resume", null)).BodyAsync();
        var status = await (await Client.PostAsync($"/videos/{hash}/transcoding-status?status=failed", null)).BodyAsync();

        Assert.Equal("stopped", (string?)stop["status"]);
        Assert.True(stopped);
        Assert.Equal("resumed", (string?)resume["status"]);
        Assert.False((bool)(await Client.GetJsonAsync($"/videos/{hash}/stopped"))["stopped"]!);
        Assert.Equal(("updated", "failed"), ((string?)status["status"], (string?)status["transcoding_status"]));
        Assert.Equal("failed", (string?)(await Client.GetJsonAsync($"/videos/{hash}"))["transcoding_status"]);
    }

    [Fact]
    public async Task An_unknown_hash_is_not_stopped_and_other_calls_on_it_are_not_found()
    {
        Assert.False((bool)(await Client.GetJsonAsync("/videos/nope/stopped"))["stopped"]!);
        await (await Client.PutAsync("/videos/nope/stop", null)).ProblemAsync(404);
        await (await Client.PostAsync("/videos/nope/transcoding-status?status=completed", null)).ProblemAsync(404);
    }

    [Theory]
    [InlineData("done")]
    [InlineData("")]
    public async Task A_transcoding_status_outside_the_four_is_a_400_naming_status(string status)
    {
        var problem = await (await Client.PostAsync($"/videos/adminhash1/transcoding-status?status={status}", null)).ProblemAsync(400);

        Assert.NotNull(problem["errors"]!["status"]);
        Assert.Equal("completed", (string?)(await Client.GetJsonAsync("/videos/adminhash1"))["transcoding_status"]);
    }

    [Fact]
    public async Task Deleting_a_video_removes_its_original_folder()
    {
        var original = Path.Combine(Folder.StorageRoot, "originals", "default", "adminhash2");
        Directory.CreateDirectory(original);
        await File.WriteAllBytesAsync(Path.Combine(original, "promo.mov"), [1, 2, 3]);

        var answer = await (await Client.DeleteAsync("/videos/adminhash2")).BodyAsync();

        Assert.Equal("deleted", (string?)answer["status"]);
        Assert.False(Directory.Exists(original));
    }
}
