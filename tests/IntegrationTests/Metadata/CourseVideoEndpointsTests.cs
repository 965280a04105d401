using System.Net;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Metadata;

public sealed class CourseVideoEndpointsTests : ApiTest
{
    private async Task<int> CreateCourseAsync(string title = "Course") =>
        (int)(await (await Client.PostJsonAsync("/api/courses", new { title })).BodyAsync())["course_id"]!;

    [Fact]
    public async Task A_course_video_is_stored_in_courses_db_only()
    {
        var course = await CreateCourseAsync();

        var response = await Client.PostJsonAsync("/course-videos", new { hash = "cv1", filename = "lesson.mp4", course_id = course });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, TestDb.Count(Folder.CoursesDb, "course_videos", $"hash = 'cv1' AND course_id = {course}"));
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
        var video = await Client.GetJsonAsync("/course-videos/cv1");
        Assert.Equal(course, (int)video["course_id"]!);
        Assert.Equal("lesson.mp4", (string?)video["title"]);
        Assert.Equal("pending", (string?)video["transcoding_status"]);
    }

    [Fact]
    public async Task A_course_video_for_a_missing_course_is_refused_with_422_and_nothing_is_written()
    {
        var problem = await (await Client.PostJsonAsync("/course-videos", new { hash = "cv1", filename = "a.mp4", course_id = 42 }))
            .ProblemAsync(422);

        Assert.Contains("Course 42 does not exist", (string?)problem["detail"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "course_videos"));
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task A_course_video_without_a_course_is_refused()
    {
        var problem = await (await Client.PostJsonAsync("/course-videos", new { hash = "cv1", filename = "a.mp4" })).ProblemAsync(400);
        Assert.NotNull(problem["errors"]!["course_id"]);
    }

    [Fact]
    public async Task Posting_a_course_video_again_updates_it()
    {
        var course = await CreateCourseAsync();
        await Client.PostJsonAsync("/course-videos", new { hash = "cv1", filename = "a.mp4", course_id = course });

        var again = await Client.PostJsonAsync("/course-videos", new { hash = "cv1", filename = "a.mp4", course_id = course, title = "Lesson One" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, TestDb.Count(Folder.CoursesDb, "course_videos"));
        Assert.Equal("Lesson One", (string?)(await Client.GetJsonAsync("/course-videos/cv1"))["title"]);
    }

    [Fact]
    public async Task Patch_updates_and_answers_the_old_course_service_message()
    {
        var course = await CreateCourseAsync();
        await Client.PostJsonAsync("/course-videos", new { hash = "cv1", filename = "a.mp4", course_id = course });

        var body = await (await Client.PatchJsonAsync("/course-videos/cv1", new { description = "Now with notes", transcoding_status = "transcoding" })).BodyAsync();

        Assert.Equal("Video updated successfully", (string?)body["message"]);
        Assert.Equal("cv1", (string?)body["hash"]);
        var video = await Client.GetJsonAsync("/course-videos/cv1");
        Assert.Equal("Now with notes", (string?)video["description"]);
        Assert.Equal("transcoding", (string?)video["transcoding_status"]);
    }

    [Fact]
    public async Task Moving_a_course_video_to_a_missing_course_is_refused_and_changes_nothing()
    {
        var course = await CreateCourseAsync();
        await Client.PostJsonAsync("/course-videos", new { hash = "cv1", filename = "a.mp4", course_id = course });

        await (await Client.PatchJsonAsync("/course-videos/cv1", new { course_id = 999, title = "moved" })).ProblemAsync(422);

        var video = await Client.GetJsonAsync("/course-videos/cv1");
        Assert.Equal(course, (int)video["course_id"]!);
        Assert.Equal("a.mp4", (string?)video["title"]);
    }

    [Fact]
    public async Task Delete_removes_the_course_video()
    {
        var course = await CreateCourseAsync();
        await Client.PostJsonAsync("/course-videos", new { hash = "cv1", filename = "a.mp4", course_id = course });

        var body = await (await Client.DeleteAsync("/course-videos/cv1")).BodyAsync();

        Assert.Equal("Video deleted successfully", (string?)body["message"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "course_videos"));
        Assert.Equal("Video not found", (string?)(await (await Client.GetAsync("/course-videos/cv1")).ProblemAsync(404))["detail"]);
    }

    [Fact]
    public async Task A_courses_video_list_merges_legacy_rows_from_videos_db_once_per_hash()
    {
        var course = await CreateCourseAsync();
        var other = await CreateCourseAsync("Other");
        await Client.PostJsonAsync("/course-videos", new { hash = "new1", filename = "new.mp4", course_id = course });
        await Client.PostJsonAsync("/course-videos", new { hash = "both", filename = "moved.mp4", course_id = course, title = "courses.db copy" });
        // Rows the old system left in videos.db: one only there, one also in courses.db, one of another course.
        TestDb.Execute(Folder.VideosDb, $"""
            INSERT INTO videos (hash, filename, title, stopped, transcoding_status, created_at, course_id) VALUES
            ('old1', 'old.mp4', 'Old', FALSE, 'completed', '2026-01-01 00:00:00.000000', {course}),
            ('both', 'moved.mp4', 'videos.db copy', FALSE, 'completed', '2026-01-02 00:00:00.000000', {course}),
            ('elsewhere', 'x.mp4', 'X', FALSE, 'completed', '2026-01-03 00:00:00.000000', {other});
            """);

        foreach (var url in new[] { $"/videos/course/{course}", $"/course-videos/course/{course}" })
        {
            var videos = (await Client.GetJsonAsync(url))["videos"]!.AsArray();

            Assert.Equal(["old1", "both", "new1"], videos.Select(v => (string)v!["hash"]!).OrderBy(h => h == "old1" ? 0 : h == "both" ? 1 : 2));
            Assert.Equal(3, videos.Count);
            Assert.Equal("courses.db copy", (string?)videos.Single(v => (string?)v!["hash"] == "both")!["title"]);
        }
    }

    [Fact]
    public async Task The_video_list_of_an_unknown_course_is_404()
    {
        Assert.Equal("Course not found", (string?)(await (await Client.GetAsync("/videos/course/77")).ProblemAsync(404))["detail"]);
    }
}
