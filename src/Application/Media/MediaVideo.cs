using System.Globalization;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Media;

/// <summary>Which table a video is in.</summary>
public enum VideoKind
{
    /// <summary>videos.db</summary>
    Admin,

    /// <summary>courses.db</summary>
    Course,
}

/// <summary>
/// A video as the media pipeline addresses it: its hash, its table, and the course its files are filed
/// under. The storage layout is the old system's, so its players and streaming service keep working:
/// <c>originals/{course or default}/{hash}/</c> and <c>hls/{course}/{hash}/</c> (<c>hls/{hash}/</c> without a course).
/// </summary>
public sealed record MediaVideo(string Hash, VideoKind Kind, int? CourseId, string? Filename)
{
    public string OriginalFolder => $"originals/{CourseId?.ToString(CultureInfo.InvariantCulture) ?? "default"}/{Hash}";

    public string RenditionFolder => CourseId is { } course ? $"hls/{course.ToString(CultureInfo.InvariantCulture)}/{Hash}" : $"hls/{Hash}";

    public static MediaVideo Of(VideoMetadata video) => video switch
    {
        CourseVideo course => new MediaVideo(course.Hash, VideoKind.Course, course.CourseId, course.Filename),
        Video admin => new MediaVideo(admin.Hash, VideoKind.Admin, admin.CourseId, admin.Filename),
        _ => throw new ArgumentOutOfRangeException(nameof(video), video.GetType().Name, "Unknown kind of video."),
    };
}
