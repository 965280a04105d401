using Ardalis.Result;
using VideoPlatform.Application.CourseVideos.GetCourseVideo;
using VideoPlatform.Application.Videos.GetVideo;

namespace VideoPlatform.Application.Metadata.GetAnyVideo;

/// <summary>The video with this hash, admin or course video (see <see cref="AnyVideo"/>).</summary>
public sealed class GetAnyVideoHandler(GetVideoHandler videos, GetCourseVideoHandler courseVideos)
{
    public Task<Result<VideoDto>> HandleAsync(string hash, CancellationToken ct) =>
        AnyVideo.EitherAsync(() => videos.HandleAsync(hash, ct), () => courseVideos.HandleAsync(hash, ct));
}
