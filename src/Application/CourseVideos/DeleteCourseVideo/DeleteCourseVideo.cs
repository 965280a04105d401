using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Application.CourseVideos.DeleteCourseVideo;

/// <summary>Deletes a course video, its row and then its files; answers the video as it was.</summary>
public sealed class DeleteCourseVideoHandler(Permissions permissions, ICourseVideoRepository courseVideos, IMediaLibrary files, IMapper mapper)
{
    public async Task<Result<VideoDto>> HandleAsync(string hash, CancellationToken ct)
    {
        var video = await courseVideos.GetByHashAsync(hash, ct);
        if (video is null)
        {
            return Result<VideoDto>.NotFound(CourseVideoErrors.NotFound);
        }

        if (await permissions.ToChangeCourseAsync(video.CourseId, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<VideoDto>();
        }

        var deleted = mapper.Map<VideoDto>(video);
        courseVideos.Remove(video);
        await courseVideos.SaveChangesAsync(ct);
        await files.DeleteAsync(video.Hash, ct);
        return deleted;
    }
}
