using Ardalis.Result;
using VideoPlatform.Application.Access;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Uploads;
using VideoPlatform.Domain.Videos;
using VideoPlatform.UnitTests.Fakes;

namespace VideoPlatform.UnitTests.Access;

/// <summary>Who may change what, without HTTP: the rules every front door enforces.</summary>
public sealed class PermissionsTests
{
    private static readonly DateTime Now = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly InMemoryCourses _courses = new();

    private static FakeCaller Instructor(string id) => new(id, Roles.Instructor);

    private Permissions For(ICaller caller) => new(caller, _courses);

    [Fact]
    public void Nobody_signed_in_is_told_to_sign_in_and_a_caller_without_a_role_is_forbidden()
    {
        Assert.Equal(ResultStatus.Unauthorized, For(FakeCaller.Anonymous).ToAuthor("create courses").Status);
        Assert.Equal(ResultStatus.Forbidden, For(new FakeCaller("student-1", "student")).ToAuthor("create courses").Status);
        Assert.True(For(Instructor("t")).ToAuthor("create courses").IsSuccess);
    }

    [Fact]
    public void Only_admins_administer()
    {
        Assert.True(For(FakeCaller.Admin).ToAdminister("delete courses").IsSuccess);
        var refused = For(Instructor("t")).ToAdminister("delete courses");
        Assert.Equal(ResultStatus.Forbidden, refused.Status);
        Assert.Equal("Only an admin may delete courses.", Assert.Single(refused.Errors));
    }

    [Fact]
    public void An_instructor_changes_only_the_courses_they_own_and_an_admin_any()
    {
        var mine = _courses.Seed(1);
        mine.AssignOwner("teacher-a", Now);
        var unowned = _courses.Seed(2);

        Assert.True(For(Instructor("teacher-a")).ToChange(mine).IsSuccess);
        Assert.Contains("belongs to another instructor", Assert.Single(For(Instructor("teacher-b")).ToChange(mine).Errors));
        Assert.Contains("has no owner", Assert.Single(For(Instructor("teacher-a")).ToChange(unowned).Errors));
        Assert.True(For(FakeCaller.Admin).ToChange(unowned).IsSuccess);
    }

    [Fact]
    public async Task A_course_video_is_its_courses_to_change_and_an_admin_video_the_admins()
    {
        _courses.Seed(1).AssignOwner("teacher-a", Now);
        var lesson = CourseVideo.Create("h1", "a.mp4", new VideoChanges(), 1, Now);
        var standalone = Video.Create("h2", "b.mp4", new VideoChanges(), null, Now);

        Assert.True((await For(Instructor("teacher-a")).ToChangeAsync(lesson, default)).IsSuccess);
        Assert.Equal(ResultStatus.Forbidden, (await For(Instructor("teacher-b")).ToChangeAsync(lesson, default)).Status);
        Assert.Equal(ResultStatus.Forbidden, (await For(Instructor("teacher-a")).ToChangeAsync(standalone, default)).Status);
        Assert.True((await For(FakeCaller.Admin).ToChangeAsync(standalone, default)).IsSuccess);
    }

    [Fact]
    public async Task A_course_that_does_not_exist_is_left_to_the_use_case_to_report()
    {
        Assert.True((await For(Instructor("teacher-a")).ToChangeCourseAsync(404, default)).IsSuccess);
        Assert.Equal(ResultStatus.Unauthorized, (await For(FakeCaller.Anonymous).ToChangeCourseAsync(404, default)).Status);
    }

    [Fact]
    public void An_upload_is_continued_by_whoever_started_it_or_an_admin()
    {
        var session = new UploadSession("u1", "a.mp4", 1, 1, null, Now, Now.AddHours(1), StartedBy: "teacher-a");

        Assert.True(For(Instructor("teacher-a")).ToContinue(session).IsSuccess);
        Assert.True(For(FakeCaller.Admin).ToContinue(session).IsSuccess);
        Assert.Equal(ResultStatus.Forbidden, For(Instructor("teacher-b")).ToContinue(session).Status);
        Assert.Equal(ResultStatus.Unauthorized, For(FakeCaller.Anonymous).ToContinue(session).Status);
    }
}
