using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Application.Videos.DeleteVideo;

/// <summary>Deletes an admin video's metadata; answers the video as it was.</summary>
public sealed class DeleteVideoHandler(IVideoRepository videos, IMapper mapper)
{
    public async Task<Result<VideoDto>> HandleAsync(string hash, CancellationToken ct)
    {
        var video = await videos.GetByHashAsync(hash, ct);
        if (video is null)
        {
            return Result<VideoDto>.NotFound(VideoErrors.NotFound);
        }

        var deleted = mapper.Map<VideoDto>(video);
        videos.Remove(video);
        await videos.SaveChangesAsync(ct);
        return deleted;
    }
}
