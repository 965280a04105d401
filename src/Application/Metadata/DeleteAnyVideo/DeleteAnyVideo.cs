using Ardalis.Result;
using VideoPlatform.Application.CourseVideos.DeleteCourseVideo;
using VideoPlatform.Application.Videos.DeleteVideo;

namespace VideoPlatform.Application.Metadata.DeleteAnyVideo;

/// <summary>Deletes the video with this hash, admin or course video (see <see cref="AnyVideo"/>), with its files.</summary>
public sealed class DeleteAnyVideoHandler(DeleteVideoHandler videos, DeleteCourseVideoHandler courseVideos)
{
    public Task<Result<VideoDto>> HandleAsync(string hash, CancellationToken ct) =>
        AnyVideo.EitherAsync(() => videos.HandleAsync(hash, ct), () => courseVideos.HandleAsync(hash, ct));
}
