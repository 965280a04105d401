using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Application.CourseVideos.GetCourseVideo;

public sealed class GetCourseVideoHandler(ICourseVideoRepository courseVideos, IMapper mapper)
{
    public async Task<Result<VideoDto>> HandleAsync(string hash, CancellationToken ct)
    {
        var video = await courseVideos.GetByHashAsync(hash, ct);
        return video is null ? Result<VideoDto>.NotFound(CourseVideoErrors.NotFound) : mapper.Map<VideoDto>(video);
    }
}
