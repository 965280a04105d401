using VideoPlatform.Application.CourseVideos;
using VideoPlatform.Application.Videos;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Media;

/// <summary>A video by hash for the media calls, whichever table holds it: the admin video, or else the course video.</summary>
public sealed class MediaLookup(IVideoRepository videos, ICourseVideoRepository courseVideos)
{
    public const string NotFound = "Video not found";

    public async Task<VideoMetadata?> FindAsync(string hash, CancellationToken ct) =>
        (VideoMetadata?)await videos.GetByHashAsync(hash, ct) ?? await courseVideos.GetByHashAsync(hash, ct);

    /// <summary>Saves a change made to a video this lookup found.</summary>
    public Task SaveAsync(VideoMetadata video, CancellationToken ct) =>
        video is Video ? videos.SaveChangesAsync(ct) : courseVideos.SaveChangesAsync(ct);
}
