using Ardalis.Result;
using VideoPlatform.Application.CourseVideos.UpdateCourseVideo;
using VideoPlatform.Application.Videos.UpdateVideo;

namespace VideoPlatform.Application.Metadata.UpdateAnyVideo;

/// <summary>Changes the video with this hash, admin or course video (see <see cref="AnyVideo"/>), by that kind's rules.</summary>
public sealed class UpdateAnyVideoHandler(UpdateVideoHandler videos, UpdateCourseVideoHandler courseVideos)
{
    public Task<Result<VideoDto>> HandleAsync(string hash, VideoUpdate input, CancellationToken ct) =>
        AnyVideo.EitherAsync(() => videos.HandleAsync(hash, input, ct), () => courseVideos.HandleAsync(hash, input, ct));
}
