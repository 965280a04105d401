using System.Net;
using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.DropIn;

/// <summary>The course calls the deployed admin and student pages make, in the old course service's shapes.</summary>
public sealed class CourseCallsTests : LegacySiteTest
{
    [Theory]
    [InlineData("/api/courses?status=Published&limit=1000", 1)]
    [InlineData("/api/courses?status=published", 1)]
    [InlineData("/courses?status=published&limit=1000", 1)]
    [InlineData("/api/courses?status=all", 2)]
    [InlineData("/api/courses?status=ALL&limit=1000", 2)]
    public async Task The_course_list_matches_status_ignoring_case_takes_all_and_up_to_1000(string url, int count)
    {
        var list = await Client.GetJsonAsync(url);

        Assert.Equal(count, list["courses"]!.AsArray().Count);
        Assert.Equal(count, (int)list["pagination"]!["total_count"]!);
    }

    [Fact]
    public async Task A_limit_over_1000_is_refused()
    {
        await (await Client.GetAsync("/api/courses?limit=1001")).ProblemAsync(400);
    }

    [Fact]
    public async Task The_wizard_creates_a_course_through_courses()
    {
        var created = await (await Client.PostJsonAsync("/courses", new { title = "From the wizard" })).BodyAsync();

        Assert.Equal("Course created successfully", (string?)created["message"]);
        Assert.Equal("From the wizard", (string?)(await Client.GetJsonAsync($"/api/courses/{(int)created["course_id"]!}"))["title"]);
    }

    [Fact]
    public async Task A_course_comes_with_its_sections_and_lessons_in_order()
    {
        var course = await Client.GetJsonAsync("/api/courses/1");

        Assert.Equal("Python Basics", (string?)course["title"]);
        var sections = course["sections"]!.AsArray();
        Assert.Equal(["Getting started", "Next steps"], sections.Select(s => (string)s!["title"]!));
        Assert.Equal(["Install Python", "Run a script"], sections[0]!["learning_objectives"]!.AsArray().Select(o => (string)o!));
        var lessons = sections[0]!["lessons"]!.AsArray();
        Assert.Equal(["Hello", "Quiz"], lessons.Select(l => (string)l!["title"]!));
        var hello = lessons[0]!;
        foreach (var key in new[] { "id", "title", "description", "type", "video_id", "duration", "order", "resources", "downloadable" })
        {
            Assert.True(hello.AsObject().ContainsKey(key), $"lesson without {key}");
        }

        Assert.Equal("legacycourse1", (string?)hello["video_id"]);
        Assert.Equal(300, (int)hello["duration"]!);
        Assert.Equal("Slides", (string?)hello["resources"]![0]!["title"]);
        Assert.True((bool)hello["downloadable"]!);
        Assert.Empty((await Client.GetJsonAsync("/api/courses/2"))["sections"]![0]!["learning_objectives"]!.AsArray()); // NULL in the old row
    }

    [Fact]
    public async Task Publishing_and_unpublishing_set_the_status_and_answer_as_the_old_service()
    {
        var published = await (await Client.PostAsync("/courses/2/publish", null)).BodyAsync();
        var afterPublish = (string?)(await Client.GetJsonAsync("/api/courses/2"))["status"];
        var unpublished = await (await Client.PostAsync("/api/courses/2/unpublish", null)).BodyAsync();

        Assert.Equal("Course published successfully", (string?)published["message"]);
        Assert.Equal("legacycourse2", (string?)published["transcoding_results"]![0]!["video_hash"]);
        Assert.Equal("transcoding", (string?)published["transcoding_results"]![0]!["status"]);
        Assert.Equal("published", afterPublish);
        Assert.Equal("Course unpublished successfully", (string?)unpublished["message"]);
        Assert.Equal("draft", (string?)(await Client.GetJsonAsync("/api/courses/2"))["status"]);
        await (await Client.PostAsync("/courses/404/publish", null)).ProblemAsync(404);
    }

    [Fact]
    public async Task A_courses_videos_are_a_bare_array_for_the_preview_page()
    {
        var response = await Client.GetAsync("/api/courses/1/videos");

        var videos = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal("legacycourse1", (string?)Assert.Single(videos)!["hash"]);
    }

    [Fact]
    public async Task Deleting_a_course_with_sections_and_lessons_takes_them_all_in_one_go()
    {
        await Client.PostJsonAsync("/course-videos", new { hash = "c1video", filename = "v.mp4", course_id = 1 });

        var response = await Client.DeleteAsync("/api/courses/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Course deleted successfully", (string?)(await response.BodyAsync())["message"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "courses", "id = 1"));
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "sections", "course_id = 1"));
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "lessons", "section_id IN (1, 3)"));
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "course_videos", "course_id = 1"));
        Assert.Equal(1, TestDb.Count(Folder.CoursesDb, "lessons", "section_id = 2")); // course 2's lesson stays
    }
}
