using System.Net;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Metadata;

public sealed class CourseEndpointsTests : ApiTest
{
    [Fact]
    public async Task Creating_a_course_with_only_a_title_applies_the_contract_defaults()
    {
        var response = await Client.PostJsonAsync("/api/courses", new { title = "Python Basics" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal("Course created successfully", (string?)body["message"]);
        var id = (int)body["course_id"]!;
        var course = await Client.GetJsonAsync($"/api/courses/{id}");
        Assert.Equal("Python Basics", (string?)course["title"]);
        Assert.Equal("Beginner", (string?)course["level"]);
        Assert.Equal("English", (string?)course["language"]);
        Assert.Equal(0.0, (double)course["price"]!);
        Assert.Equal("USD", (string?)course["currency"]);
        Assert.Equal("draft", (string?)course["status"]);
        Assert.NotNull((string?)course["created_at"]);
    }

    [Fact]
    public async Task A_course_without_a_title_is_refused_with_the_field_named_and_nothing_is_written()
    {
        var response = await Client.PostJsonAsync("/api/courses", new { description = "no title" });

        var problem = await response.ProblemAsync(400);
        Assert.NotNull(problem["errors"]!["title"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "courses"));
    }

    [Fact]
    public async Task Listing_courses_pages_filters_and_searches()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Client.PostJsonAsync("/api/courses", new { title = $"Course {i}", status = i % 2 == 0 ? "published" : "draft" });
        }

        await Client.PostJsonAsync("/api/courses", new { title = "Cooking", description = "Learn to BAKE bread" });

        var page = await Client.GetJsonAsync("/api/courses?page=2&limit=4");
        Assert.Equal(2, page["courses"]!.AsArray().Count);
        Assert.Equal(2, (int)page["pagination"]!["current_page"]!);
        Assert.Equal(2, (int)page["pagination"]!["total_pages"]!);
        Assert.Equal(6, (int)page["pagination"]!["total_count"]!);
        Assert.Equal(4, (int)page["pagination"]!["limit"]!);

        var published = await Client.GetJsonAsync("/api/courses?status=published");
        Assert.Equal(2, (int)published["pagination"]!["total_count"]!);

        var search = await Client.GetJsonAsync("/api/courses?search=bake");
        Assert.Equal("Cooking", (string?)search["courses"]![0]!["title"]);
        Assert.Equal(25, (int)(await Client.GetJsonAsync("/api/courses"))["pagination"]!["limit"]!);
    }

    [Fact]
    public async Task Updating_a_course_changes_only_the_given_fields()
    {
        var id = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "Old", category = "Data" })).BodyAsync())["course_id"]!;

        var response = await Client.PutJsonAsync($"/api/courses/{id}", new { title = "New", price = 19.5 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var course = await Client.GetJsonAsync($"/api/courses/{id}");
        Assert.Equal("New", (string?)course["title"]);
        Assert.Equal(19.5, (double)course["price"]!);
        Assert.Equal("Data", (string?)course["category"]);
        Assert.NotNull((string?)course["updated_at"]);
    }

    [Fact]
    public async Task Bad_course_updates_are_refused_and_change_nothing()
    {
        var id = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "Kept" })).BodyAsync())["course_id"]!;

        var problem = await (await Client.PutJsonAsync($"/api/courses/{id}", new { title = " ", price = -1, currency = "dollars" })).ProblemAsync(400);

        Assert.NotNull(problem["errors"]!["title"]);
        Assert.NotNull(problem["errors"]!["price"]);
        Assert.NotNull(problem["errors"]!["currency"]);
        Assert.Equal("Kept", (string?)(await Client.GetJsonAsync($"/api/courses/{id}"))["title"]);
    }

    [Fact]
    public async Task Unknown_courses_answer_404_course_not_found()
    {
        foreach (var response in new[]
                 {
                     await Client.GetAsync("/api/courses/404"),
                     await Client.PutJsonAsync("/api/courses/404", new { title = "x" }),
                     await Client.DeleteAsync("/api/courses/404"),
                 })
        {
            var problem = await response.ProblemAsync(404);
            Assert.Equal("Course not found", (string?)problem["detail"]);
        }
    }

    [Fact]
    public async Task Deleting_a_course_deletes_its_course_videos()
    {
        var id = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "Doomed" })).BodyAsync())["course_id"]!;
        var other = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "Stays" })).BodyAsync())["course_id"]!;
        await Client.PostJsonAsync("/course-videos", new { hash = "v1", filename = "a.mp4", course_id = id });
        await Client.PostJsonAsync("/course-videos", new { hash = "v2", filename = "b.mp4", course_id = id });
        await Client.PostJsonAsync("/course-videos", new { hash = "v3", filename = "c.mp4", course_id = other });

        var response = await Client.DeleteAsync($"/api/courses/{id}");

        Assert.Equal("Course deleted successfully", (string?)(await response.BodyAsync())["message"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "courses", $"id = {id}"));
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "course_videos", $"course_id = {id}"));
        Assert.Equal(1, TestDb.Count(Folder.CoursesDb, "course_videos", $"course_id = {other}"));
    }
}
