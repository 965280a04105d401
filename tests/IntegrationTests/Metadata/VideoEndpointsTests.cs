using System.Net;
using System.Text;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Metadata;

public sealed class VideoEndpointsTests : ApiTest
{
    [Fact]
    public async Task An_admin_video_is_stored_in_videos_db_only_with_the_contract_defaults()
    {
        var response = await Client.PostJsonAsync("/videos", new { hash = "h1", filename = "talk.mp4" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("h1", (string?)(await response.BodyAsync())["hash"]);
        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos", "hash = 'h1'"));
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "course_videos"));

        var video = await Client.GetJsonAsync("/videos/h1");
        Assert.Equal("talk.mp4", (string?)video["title"]);
        Assert.Equal("draft", (string?)video["status"]);
        Assert.Equal("uncategorized", (string?)video["category"]);
        Assert.Equal("pending", (string?)video["transcoding_status"]);
        Assert.Equal(0, (int)video["stopped"]!);
        Assert.Null(video["course_id"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$", (string?)video["created_at"]);
    }

    [Fact]
    public async Task A_video_with_a_schedule_defaults_to_status_Scheduled()
    {
        await Client.PostJsonAsync("/videos", new { hash = "s1", filename = "later.mp4", title = "", scheduled_at = "2026-12-24T18:00:00Z" });

        var video = await Client.GetJsonAsync("/videos/s1");
        Assert.Equal("Scheduled", (string?)video["status"]);
        Assert.Equal("later.mp4", (string?)video["title"]);
        Assert.Equal("2026-12-24T18:00:00Z", (string?)video["scheduled_at"]);
    }

    [Fact]
    public async Task Posting_the_same_hash_again_updates_the_given_fields_and_keeps_one_row()
    {
        var first = await (await Client.PostJsonAsync("/videos", new { hash = "u1", filename = "raw.mp4" })).BodyAsync();

        var second = await Client.PostJsonAsync("/videos", new { hash = "u1", filename = "raw.mp4", title = "Real title", description = "Now described" });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((int)first["id"]!, (int)(await second.BodyAsync())["id"]!);
        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos"));
        var video = await Client.GetJsonAsync("/videos/u1");
        Assert.Equal("Real title", (string?)video["title"]);
        Assert.Equal("Now described", (string?)video["description"]);
        Assert.Equal("draft", (string?)video["status"]);
    }

    [Fact]
    public async Task Concurrent_posts_of_one_hash_leave_one_row_and_no_error()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Client.PostJsonAsync("/videos", new { hash = "race", filename = "r.mp4", title = $"t{i}" })));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task Listing_videos_pages_filters_by_status_and_searches_case_insensitively()
    {
        for (var i = 1; i <= 12; i++)
        {
            await Client.PostJsonAsync("/videos", new { hash = $"v{i}", filename = $"f{i}.mp4", status = i <= 3 ? "published" : "draft" });
        }

        await Client.PostJsonAsync("/videos", new { hash = "needle", filename = "n.mp4", description = "All about KUBERNETES" });

        var page = await Client.GetJsonAsync("/videos?page=2");
        Assert.Equal(3, page["videos"]!.AsArray().Count);
        Assert.Equal(13, (int)page["total"]!);
        Assert.Equal(2, (int)page["page"]!);
        Assert.Equal(10, (int)page["limit"]!);
        Assert.Equal(2, (int)page["total_pages"]!);

        Assert.Equal(3, (int)(await Client.GetJsonAsync("/videos?status=published"))["total"]!);
        var found = await Client.GetJsonAsync("/videos?search=kubernetes");
        Assert.Equal("needle", (string?)found["videos"]![0]!["hash"]);
        Assert.Equal(1, (int)found["total"]!);
    }

    [Theory]
    [InlineData("/videos?limit=0", "limit")]
    [InlineData("/videos?limit=101", "limit")]
    [InlineData("/videos?page=0", "page")]
    public async Task Out_of_range_paging_is_refused(string url, string field)
    {
        var problem = await (await Client.GetAsync(url)).ProblemAsync(400);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Put_and_patch_update_partially_and_answer_updated()
    {
        await Client.PostJsonAsync("/videos", new { hash = "p1", filename = "p.mp4", title = "Keep me" });

        var put = await Client.PutJsonAsync("/videos/p1", new { transcoding_status = "completed", original_resolution = "1920x1080" });
        var patch = await Client.PatchJsonAsync("/videos/p1", new { stopped = 1 });

        Assert.Equal("updated", (string?)(await put.BodyAsync())["status"]);
        Assert.Equal("updated", (string?)(await patch.BodyAsync())["status"]);
        var video = await Client.GetJsonAsync("/videos/p1");
        Assert.Equal("completed", (string?)video["transcoding_status"]);
        Assert.Equal("1920x1080", (string?)video["original_resolution"]);
        Assert.Equal(1, (int)video["stopped"]!);
        Assert.Equal("Keep me", (string?)video["title"]);
    }

    [Fact]
    public async Task Deleting_a_video_removes_its_row()
    {
        await Client.PostJsonAsync("/videos", new { hash = "d1", filename = "d.mp4" });

        var response = await Client.DeleteAsync("/videos/d1");

        Assert.Equal("deleted", (string?)(await response.BodyAsync())["status"]);
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
        await (await Client.GetAsync("/videos/d1")).ProblemAsync(404);
    }

    [Fact]
    public async Task Unknown_hashes_answer_404_video_not_found()
    {
        foreach (var response in new[]
                 {
                     await Client.GetAsync("/videos/nope"),
                     await Client.PatchJsonAsync("/videos/nope", new { title = "x" }),
                     await Client.DeleteAsync("/videos/nope"),
                 })
        {
            Assert.Equal("Video not found", (string?)(await response.ProblemAsync(404))["detail"]);
        }
    }

    [Theory]
    [InlineData("""{"hash":"x","filename":"a.mp4","stopped":2}""", "stopped")]
    [InlineData("""{"hash":"x","filename":"a.mp4","transcoding_status":"done"}""", "transcoding_status")]
    [InlineData("""{"filename":"a.mp4"}""", "hash")]
    [InlineData("""{"hash":"x"}""", "filename")]
    [InlineData("""{"hash":"../../etc","filename":"a.mp4"}""", "hash")]
    [InlineData("""{"hash":"x","filename":"a.mp4","scheduled_at":"next tuesday"}""", "scheduled_at")]
    public async Task Invalid_fields_are_refused_with_the_field_named_and_nothing_is_written(string json, string field)
    {
        var response = await Client.PostAsync("/videos", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(400);
        Assert.NotNull(problem["errors"]![field]);
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task An_overlong_hash_is_refused()
    {
        var problem = await (await Client.PostJsonAsync("/videos", new { hash = new string('a', 129), filename = "a.mp4" })).ProblemAsync(400);
        Assert.Contains("128", (string?)problem["detail"]);
    }

    [Theory]
    [InlineData("{\"hash\": ")]
    [InlineData("not json")]
    [InlineData("{\"hash\": \"x\", \"filename\": \"a.mp4\", \"stopped\": \"yes\"}")]
    public async Task Malformed_json_is_a_400_problem_that_says_so(string json)
    {
        var response = await Client.PostAsync("/videos", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(400);
        Assert.Contains("not valid JSON", (string?)problem["detail"]);
        Assert.DoesNotContain("   at ", problem.ToJsonString());
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task Health_checks_both_databases_and_storage()
    {
        var health = await Client.GetJsonAsync("/health");

        Assert.Equal("Healthy", (string?)health["status"]);
        Assert.Equal("Healthy", (string?)health["checks"]!["courses_db"]!["status"]);
        Assert.Equal("Healthy", (string?)health["checks"]!["videos_db"]!["status"]);
        Assert.Equal("Healthy", (string?)health["checks"]!["storage"]!["status"]);
    }
}
