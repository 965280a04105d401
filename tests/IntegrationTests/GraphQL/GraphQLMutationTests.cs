using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

public sealed class GraphQLMutationTests : ApiTest
{
    [Fact]
    public async Task Courses_are_created_updated_and_deleted_with_their_videos()
    {
        var created = (await Client.GraphQLDataAsync("mutation { createCourse(input: {title: \"GraphQL 101\", price: 12.5}) { course { id title level currency } errors { __typename } } }"))["createCourse"]!;
        var id = (int)created["course"]!["id"]!;
        Assert.Equal("Beginner", (string?)created["course"]!["level"]);
        Assert.Null(created["errors"]);

        var updated = (await Client.GraphQLDataAsync($"mutation {{ updateCourse(input: {{id: {id}, subtitle: \"Start here\"}}) {{ course {{ title subtitle }} }} }}"))["updateCourse"]!;
        Assert.Equal("Start here", (string?)updated["course"]!["subtitle"]);
        Assert.Equal("GraphQL 101", (string?)updated["course"]!["title"]);

        await Client.GraphQLDataAsync($"mutation {{ createCourseVideo(input: {{hash: \"gq1\", filename: \"a.mp4\", courseId: {id}}}) {{ courseVideo {{ hash }} }} }}");
        var deleted = (await Client.GraphQLDataAsync($"mutation {{ deleteCourse(input: {{id: {id}}}) {{ course {{ title }} errors {{ __typename }} }} }}"))["deleteCourse"]!;
        Assert.Equal("GraphQL 101", (string?)deleted["course"]!["title"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "courses"));
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "course_videos"));
    }

    [Fact]
    public async Task A_course_video_for_a_missing_course_is_a_typed_error_and_nothing_is_written()
    {
        var payload = (await Client.GraphQLDataAsync("""
            mutation { createCourseVideo(input: {hash: "x1", filename: "a.mp4", courseId: 404}) {
              courseVideo { hash }
              errors { __typename ... on Error { message } ... on CourseNotFoundError { courseId } } } }
            """))["createCourseVideo"]!;

        Assert.Null(payload["courseVideo"]);
        var error = payload["errors"]![0]!;
        Assert.Equal("CourseNotFoundError", (string?)error["__typename"]);
        Assert.Equal(404, (int)error["courseId"]!);
        Assert.Contains("404", (string?)error["message"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "course_videos"));
    }

    [Fact]
    public async Task Invalid_fields_are_validation_errors_naming_the_field()
    {
        var payload = (await Client.GraphQLDataAsync("""
            mutation { createVideo(input: {hash: "v1", filename: "a.mp4", transcodingStatus: "done"}) {
              video { hash } errors { __typename ... on ValidationError { field message } } } }
            """))["createVideo"]!;

        Assert.Equal("ValidationError", (string?)payload["errors"]![0]!["__typename"]);
        Assert.Equal("transcodingStatus", (string?)payload["errors"]![0]!["field"]);
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task Admin_videos_go_to_videos_db_and_course_videos_to_courses_db()
    {
        var course = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "C" })).BodyAsync())["course_id"]!;

        var video = (await Client.GraphQLDataAsync("mutation { createVideo(input: {hash: \"adm\", filename: \"a.mp4\", stopped: true}) { video { hash title status stopped transcodingStatus } } }"))["createVideo"]!["video"]!;
        await Client.GraphQLDataAsync($"mutation {{ createCourseVideo(input: {{hash: \"crs\", filename: \"b.mp4\", courseId: {course}}}) {{ courseVideo {{ hash }} }} }}");

        Assert.Equal("a.mp4", (string?)video["title"]);
        Assert.Equal("draft", (string?)video["status"]);
        Assert.True((bool)video["stopped"]!);
        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos", "hash = 'adm' AND stopped = TRUE"));
        Assert.Equal(1, TestDb.Count(Folder.CoursesDb, "course_videos", $"hash = 'crs' AND course_id = {course}"));
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos", "hash = 'crs'"));
    }

    [Fact]
    public async Task Updates_and_deletes_of_unknown_videos_are_typed_not_found_errors()
    {
        var data = await Client.GraphQLDataAsync("""
            mutation {
              a: updateVideo(input: {hash: "nope", title: "x"}) { errors { __typename ... on VideoNotFoundError { hash } } }
              b: updateCourseVideo(input: {hash: "nope"}) { errors { __typename } }
              c: deleteVideo(input: {hash: "nope"}) { errors { __typename } }
              d: deleteCourseVideo(input: {hash: "nope"}) { errors { __typename } }
              e: updateCourse(input: {id: 9, title: "x"}) { errors { __typename } }
            }
            """);

        Assert.Equal("nope", (string?)data["a"]!["errors"]![0]!["hash"]);
        foreach (var (alias, type) in new[] { ("b", "VideoNotFoundError"), ("c", "VideoNotFoundError"), ("d", "VideoNotFoundError"), ("e", "CourseNotFoundError") })
        {
            Assert.Equal(type, (string?)data[alias]!["errors"]![0]!["__typename"]);
        }
    }

    [Fact]
    public async Task Updating_a_course_video_changes_only_the_given_fields()
    {
        var course = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "C" })).BodyAsync())["course_id"]!;
        await Client.PostJsonAsync("/course-videos", new { hash = "u1", filename = "a.mp4", course_id = course, title = "Keep" });

        var video = (await Client.GraphQLDataAsync("mutation { updateCourseVideo(input: {hash: \"u1\", transcodingStatus: \"completed\", stopped: true}) { courseVideo { title transcodingStatus stopped } } }"))["updateCourseVideo"]!["courseVideo"]!;

        Assert.Equal("Keep", (string?)video["title"]);
        Assert.Equal("completed", (string?)video["transcodingStatus"]);
        Assert.True((bool)video["stopped"]!);
    }

    [Fact]
    public async Task The_migration_is_available_to_operators_with_the_same_report()
    {
        var course = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "C" })).BodyAsync())["course_id"]!;
        TestDb.Execute(Folder.VideosDb, $"INSERT INTO videos (hash, filename, stopped, created_at, course_id) VALUES ('old', 'o.mp4', FALSE, '2026-01-01 00:00:00.000000', {course}), ('lost', 'l.mp4', FALSE, '2026-01-01 00:00:00.000000', 999)");
        const string Mutation = "mutation($dry: Boolean!) { migrateCourseVideos(input: {dryRun: $dry}) { report { dryRun moved orphans { hash courseId } counts { moved orphans } } } }";

        var dry = (await Client.GraphQLDataAsync(Mutation, new { dry = true }))["migrateCourseVideos"]!["report"]!;
        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos", "hash = 'old'"));
        var real = (await Client.GraphQLDataAsync(Mutation, new { dry = false }))["migrateCourseVideos"]!["report"]!;

        Assert.True((bool)dry["dryRun"]!);
        Assert.Equal("old", (string?)real["moved"]![0]);
        Assert.Equal(999, (int)real["orphans"]![0]!["courseId"]!);
        Assert.Equal(1, TestDb.Count(Folder.CoursesDb, "course_videos", "hash = 'old'"));
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos", "hash = 'old'"));
    }
}
