using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Domain.Courses;

/// <summary>A video that belongs to a course; stored in courses.db, and never without its course.</summary>
public sealed class CourseVideo : VideoMetadata
{
    private CourseVideo()
    {
    }

    public int CourseId { get; private set; }

    public static CourseVideo Create(string hash, string filename, VideoChanges details, int courseId, DateTime createdAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(courseId);
        var video = new CourseVideo { CourseId = courseId };
        video.Initialize(hash, filename, details, createdAt);
        return video;
    }

    /// <summary>The course-video twin of a legacy videos.db row, every field kept as stored.</summary>
    public static CourseVideo MovedFrom(Video legacy)
    {
        if (legacy.CourseId is not int courseId)
        {
            throw new InvalidOperationException($"Video {legacy.Hash} has no course to move to.");
        }

        var video = new CourseVideo { CourseId = courseId };
        video.CopyMetadataFrom(legacy);
        return video;
    }

    public bool IsSameAs(Video legacy) => CourseId == legacy.CourseId && SameMetadataAs(legacy);

    public void MoveToCourse(int courseId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(courseId);
        CourseId = courseId;
    }
}
