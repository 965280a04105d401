using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application;
using VideoPlatform.Application.Access;
using VideoPlatform.Application.CourseVideos;
using VideoPlatform.Application.CourseVideos.ListVideosOfCourse;
using VideoPlatform.Application.CourseVideos.ListVideosOfCourses;
using VideoPlatform.Application.CourseVideos.UpsertCourseVideo;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Videos;
using VideoPlatform.UnitTests.Fakes;

namespace VideoPlatform.UnitTests.Handlers;

public sealed class CourseVideoHandlerTests
{
    private readonly CallLog _log = new();
    private readonly InMemoryCourses _courses;
    private readonly InMemoryCourseVideos _courseVideos;
    private readonly InMemoryVideos _videos;
    private readonly IMapper _mapper = new Mapper(DependencyInjection.CreateMappingConfig());

    public CourseVideoHandlerTests()
    {
        _courses = new InMemoryCourses(_log);
        _courseVideos = new InMemoryCourseVideos(_log);
        _videos = new InMemoryVideos(_log);
    }

    private UpsertCourseVideoHandler Upsert() => new(new Permissions(FakeCaller.Admin, _courses), _courseVideos, _courses, _mapper, TimeProvider.System);

    [Fact]
    public async Task A_course_video_for_a_missing_course_is_refused_and_nothing_is_stored()
    {
        var result = await Upsert().HandleAsync(new NewVideo { Hash = "h", Filename = "f.mp4", CourseId = 3 }, default);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal(ErrorCodes.CourseNotFound, Assert.Single(result.ValidationErrors).ErrorCode);
        Assert.Empty(_courseVideos.Items);
    }

    [Fact]
    public async Task A_course_deleted_between_check_and_insert_is_reported_as_missing()
    {
        _courses.Seed(3);
        _courseVideos.NextAddOutcome = AddCourseVideoOutcome.CourseMissing;

        var result = await Upsert().HandleAsync(new NewVideo { Hash = "h", Filename = "f.mp4", CourseId = 3 }, default);

        Assert.Equal(ErrorCodes.CourseNotFound, Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    public async Task Losing_the_insert_race_updates_the_winning_row()
    {
        _courses.Seed(3);
        await Upsert().HandleAsync(new NewVideo { Hash = "h", Filename = "f.mp4", CourseId = 3 }, default);
        _courseVideos.NextAddOutcome = AddCourseVideoOutcome.HashTaken;
        _courseVideos.MissNextLookup = true; // this request looked before the winner's insert

        var result = await Upsert().HandleAsync(new NewVideo { Hash = "h", Filename = "f.mp4", CourseId = 3, Title = "late" }, default);

        Assert.True(result.IsSuccess);
        Assert.False(result.Value.IsNew);
        Assert.Equal("late", Assert.Single(_courseVideos.Items).Title);
    }

    [Fact]
    public async Task The_merged_list_reads_videos_db_before_courses_db_and_shows_each_hash_once()
    {
        _courses.Seed(3);
        var now = DateTime.UtcNow;
        _videos.Items.Add(Video.Create("old", "o.mp4", new VideoChanges(), 3, now.AddDays(-2)));
        _videos.Items.Add(Video.Create("both", "b.mp4", new VideoChanges { Title = "legacy" }, 3, now.AddDays(-1)));
        await Upsert().HandleAsync(new NewVideo { Hash = "both", Filename = "b.mp4", CourseId = 3, Title = "current" }, default);

        var result = await new ListVideosOfCourseHandler(_courses, new ListVideosOfCoursesHandler(_courseVideos, _videos, _mapper)).HandleAsync(3, default);

        Assert.Equal(["old", "both"], result.Value.Select(v => v.Hash));
        Assert.Equal("current", result.Value[1].Title);
        Assert.True(_log.Calls.IndexOf("videos.list") < _log.Calls.IndexOf("course_videos.list"),
            "videos.db must be read first so a row moving during the read is never missed");
    }

    [Fact]
    public async Task The_batched_list_merges_each_course_on_its_own_and_knows_courses_without_videos()
    {
        _courses.Seed(1);
        _courses.Seed(2);
        _courses.Seed(3);
        var now = DateTime.UtcNow;
        _videos.Items.Add(Video.Create("legacy1", "a.mp4", new VideoChanges(), 1, now.AddDays(-3)));
        _videos.Items.Add(Video.Create("both2", "b.mp4", new VideoChanges { Title = "legacy" }, 2, now.AddDays(-2)));
        await Upsert().HandleAsync(new NewVideo { Hash = "both2", Filename = "b.mp4", CourseId = 2, Title = "current" }, default);
        await Upsert().HandleAsync(new NewVideo { Hash = "new1", Filename = "c.mp4", CourseId = 1 }, default);

        var lists = await new ListVideosOfCoursesHandler(_courseVideos, _videos, _mapper).HandleAsync([1, 2, 3], default);

        Assert.Equal(["legacy1", "new1"], lists[1].Select(v => v.Hash));
        Assert.Equal("current", Assert.Single(lists[2]).Title);
        Assert.Empty(lists[3]);
        Assert.True(_log.Calls.IndexOf("videos.list") < _log.Calls.IndexOf("course_videos.list"));
    }
}
