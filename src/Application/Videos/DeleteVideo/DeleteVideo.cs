using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Application.Videos.DeleteVideo;

/// <summary>Deletes an admin video, its row and then its files; answers the video as it was.</summary>
public sealed class DeleteVideoHandler(IVideoRepository videos, IMediaLibrary files, IMapper mapper)
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
        await files.DeleteAsync(video.Hash, ct);
        return deleted;
    }
}
