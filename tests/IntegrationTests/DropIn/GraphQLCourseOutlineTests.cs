using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.DropIn;

/// <summary>Sections, lessons and publishing in GraphQL, over the same use cases as REST.</summary>
public sealed class GraphQLCourseOutlineTests : LegacySiteTest
{
    [Fact]
    public async Task A_course_shows_its_sections_and_lessons_and_they_can_be_written()
    {
        var added = await Client.GraphQLDataAsync("""
            mutation { addSection(input: {courseId: 2, title: "Windows", order: 2, learningObjectives: ["OVER"]}) { section { id title learningObjectives } errors { __typename } } }
            """);
        var sectionId = (int)added["addSection"]!["section"]!["id"]!;
        var lesson = await Client.GraphQLDataAsync($$"""
            mutation { addLesson(input: {courseId: 2, sectionId: {{sectionId}}, title: "ROW_NUMBER", type: "video", order: 1, resources: "[{\"title\": \"Docs\"}]"}) { lesson { id resources } } }
            """);
        var published = await Client.GraphQLDataAsync("mutation { publishCourse(input: {id: 2}) { course { status } } }");

        var course = await Client.GraphQLDataAsync("{ course(id: 2) { sections { title learningObjectives lessons { title resources downloadable } } } }");

        Assert.Equal(["OVER"], added["addSection"]!["section"]!["learningObjectives"]!.AsArray().Select(o => (string)o!));
        Assert.Contains("Docs", (string?)lesson["addLesson"]!["lesson"]!["resources"]);
        Assert.Equal("published", (string?)published["publishCourse"]!["course"]!["status"]);
        var sections = course["course"]!["sections"]!.AsArray();
        Assert.Equal(["Joins", "Windows"], sections.Select(s => (string)s!["title"]!));
        Assert.Equal("ROW_NUMBER", (string?)sections[1]!["lessons"]![0]!["title"]);
        Assert.False((bool)sections[1]!["lessons"]![0]!["downloadable"]!);
    }

    [Fact]
    public async Task Unknown_sections_and_lessons_are_typed_not_found_errors()
    {
        var data = await Client.GraphQLDataAsync("""
            mutation {
              a: updateSection(input: {courseId: 1, sectionId: 2, title: "x"}) { errors { __typename ... on SectionNotFoundError { sectionId } } }
              b: deleteLesson(input: {courseId: 2, lessonId: 1}) { errors { __typename ... on LessonNotFoundError { lessonId } } }
              c: addLesson(input: {courseId: 1, sectionId: 2, title: "x", type: "video", order: 1}) { errors { __typename ... on ValidationError { field } } }
            }
            """);

        Assert.Equal(("SectionNotFoundError", 2), ((string?)data["a"]!["errors"]![0]!["__typename"], (int)data["a"]!["errors"]![0]!["sectionId"]!));
        Assert.Equal(("LessonNotFoundError", 1), ((string?)data["b"]!["errors"]![0]!["__typename"], (int)data["b"]!["errors"]![0]!["lessonId"]!));
        Assert.Equal("sectionId", (string?)data["c"]!["errors"]![0]!["field"]);
    }
}
