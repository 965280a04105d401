using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.DropIn;

/// <summary>Sections and lessons as the course wizard writes them.</summary>
public sealed class SectionLessonCallsTests : LegacySiteTest
{
    [Fact]
    public async Task A_section_is_added_updated_and_deleted_with_its_lessons()
    {
        var added = await (await Client.PostJsonAsync("/api/courses/2/sections",
            new { title = "Indexes", order = 2, learning_objectives = new[] { "Read a plan" } })).BodyAsync();
        var sectionId = (int)added["section_id"]!;
        await Client.PostJsonAsync("/api/courses/2/lessons", new { section_id = sectionId, title = "B-trees", type = "video", order = 1 });

        var updated = await (await Client.PutJsonAsync($"/api/courses/2/sections/{sectionId}", new { title = "Indexes and plans" })).BodyAsync();
        var outline = await Client.GetJsonAsync("/api/courses/2");
        var deleted = await (await Client.DeleteAsync($"/api/courses/2/sections/{sectionId}")).BodyAsync();

        Assert.Equal("Section added successfully", (string?)added["message"]);
        Assert.Equal("Section updated successfully", (string?)updated["message"]);
        Assert.Equal("Indexes and plans", (string?)outline["sections"]![1]!["title"]);
        Assert.Equal("B-trees", (string?)outline["sections"]![1]!["lessons"]![0]!["title"]);
        Assert.Equal("Section deleted successfully", (string?)deleted["message"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "lessons", $"section_id = {sectionId}"));
    }

    [Fact]
    public async Task Sections_of_unknown_courses_or_of_other_courses_are_not_found()
    {
        Assert.Equal("Course not found", (string?)(await (await Client.PostJsonAsync("/api/courses/404/sections", new { title = "x", order = 1 })).ProblemAsync(404))["detail"]);
        Assert.Equal("Section not found", (string?)(await (await Client.PutJsonAsync("/api/courses/1/sections/2", new { title = "x" })).ProblemAsync(404))["detail"]);
        await (await Client.DeleteAsync("/api/courses/1/sections/999")).ProblemAsync(404);
    }

    [Fact]
    public async Task A_lesson_is_added_and_updated_under_both_paths_with_resources_as_json()
    {
        var added = await (await Client.PostJsonAsync("/api/courses/1/lessons", new
        {
            section_id = 3, title = "Packages", type = "video", order = 1, video_id = "legacycourse1", duration = 420,
            resources = new[] { new { title = "pip docs", url = "https://pip.example" } }, downloadable = true,
        })).BodyAsync();
        var lessonId = (int)added["lesson_id"]!;

        var viaApi = await (await Client.PutJsonAsync($"/api/courses/1/lessons/{lessonId}", new { description = "Installing packages" })).BodyAsync();
        var viaGateway = await (await Client.PutJsonAsync($"/courses/1/lessons/{lessonId}", new { duration = 480 })).BodyAsync();
        var lesson = (await Client.GetJsonAsync("/api/courses/1"))["sections"]![1]!["lessons"]![0]!;

        Assert.Equal("Lesson added successfully", (string?)added["message"]);
        Assert.Equal("Lesson updated successfully", (string?)viaApi["message"]);
        Assert.Equal("Lesson updated successfully", (string?)viaGateway["message"]);
        Assert.Equal(("Installing packages", 480, "pip docs", true),
            ((string?)lesson["description"], (int)lesson["duration"]!, (string?)lesson["resources"]![0]!["title"], (bool)lesson["downloadable"]!));
    }

    [Fact]
    public async Task A_lesson_in_a_section_of_another_course_is_an_invalid_section()
    {
        var problem = await (await Client.PostJsonAsync("/api/courses/1/lessons", new { section_id = 2, title = "x", type = "video", order = 1 })).ProblemAsync(400);

        Assert.StartsWith("Invalid section", (string?)problem["detail"]);
        Assert.Equal("Lesson not found", (string?)(await (await Client.PutJsonAsync("/api/courses/1/lessons/2", new { title = "x" })).ProblemAsync(404))["detail"]);
    }

    [Fact]
    public async Task Resources_that_are_not_a_list_of_objects_are_refused()
    {
        var problem = await (await Client.PostJsonAsync("/api/courses/1/lessons", new { section_id = 1, title = "x", type = "video", order = 3, resources = "slides.pdf" })).ProblemAsync(400);

        Assert.NotNull(problem["errors"]!["resources"]);
    }
}
