using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.UnitTests.Domain;

public sealed class VideoMetadataTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_video_takes_the_filename_as_title_and_the_contract_defaults()
    {
        var video = Video.Create("h", "clip.mp4", new VideoChanges(), courseId: null, Now);

        Assert.Equal("clip.mp4", video.Title);
        Assert.Equal("draft", video.Status);
        Assert.Equal("uncategorized", video.Category);
        Assert.Equal("pending", video.TranscodingStatus);
        Assert.False(video.Stopped);
        Assert.Equal(Now, video.CreatedAt);
    }

    [Fact]
    public void A_scheduled_video_is_Scheduled_unless_a_status_is_given()
    {
        Assert.Equal("Scheduled", Video.Create("h", "f", new VideoChanges { ScheduledAt = "2026-12-01T00:00:00" }, null, Now).Status);
        Assert.Equal("published", Video.Create("h", "f", new VideoChanges { ScheduledAt = "2026-12-01T00:00:00", Status = "published" }, null, Now).Status);
    }

    [Fact]
    public void Apply_changes_only_the_fields_given()
    {
        var video = Video.Create("h", "f.mp4", new VideoChanges { Title = "T", Description = "D" }, null, Now);

        video.Apply(new VideoChanges { Description = "D2", Stopped = true });

        Assert.Equal("T", video.Title);
        Assert.Equal("D2", video.Description);
        Assert.True(video.Stopped);
    }

    [Fact]
    public void An_unknown_transcoding_status_is_refused_by_the_entity_itself()
    {
        var video = Video.Create("h", "f.mp4", new VideoChanges(), null, Now);
        Assert.Throws<ArgumentException>(() => video.Apply(new VideoChanges { TranscodingStatus = "done" }));
    }

    [Fact]
    public void A_course_video_needs_a_course()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CourseVideo.Create("h", "f", new VideoChanges(), 0, Now));
    }

    [Fact]
    public void A_moved_course_video_keeps_every_field_and_is_recognised_as_the_same()
    {
        var legacy = Video.Create("h", "f.mp4", new VideoChanges { Title = "T", Stopped = true, TranscodingStatus = "completed" }, 7, Now);

        var moved = CourseVideo.MovedFrom(legacy);

        Assert.True(moved.IsSameAs(legacy));
        Assert.Equal(7, moved.CourseId);
        legacy.Apply(new VideoChanges { Title = "changed" });
        Assert.False(moved.IsSameAs(legacy));
    }

    [Fact]
    public void A_course_gets_its_defaults_and_refuses_a_negative_price()
    {
        var course = Course.Create(" Python ", new CourseChanges(), Now);

        Assert.Equal("Python", course.Title);
        Assert.Equal(("Beginner", "English", 0.0, "USD", "draft"), (course.Level, course.Language, course.Price, course.Currency, course.Status));
        Assert.Throws<ArgumentOutOfRangeException>(() => course.Apply(new CourseChanges { Price = -1 }, Now));
    }
}
