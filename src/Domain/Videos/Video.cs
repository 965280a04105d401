namespace VideoPlatform.Domain.Videos;

/// <summary>A standalone ("admin") video in videos.db. Rows the old system wrote may still carry a course id.</summary>
public sealed class Video : VideoMetadata
{
    private Video()
    {
    }

    public int? CourseId { get; private set; }

    public static Video Create(string hash, string filename, VideoChanges details, int? courseId, DateTime createdAt)
    {
        var video = new Video { CourseId = courseId };
        video.Initialize(hash, filename, details, createdAt);
        return video;
    }

    public void MoveToCourse(int? courseId) => CourseId = courseId;
}
