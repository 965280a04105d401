using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Application.Videos.GetVideo;

public sealed class GetVideoHandler(IVideoRepository videos, IMapper mapper)
{
    public async Task<Result<VideoDto>> HandleAsync(string hash, CancellationToken ct)
    {
        var video = await videos.GetByHashAsync(hash, ct);
        return video is null ? Result<VideoDto>.NotFound(VideoErrors.NotFound) : mapper.Map<VideoDto>(video);
    }
}
