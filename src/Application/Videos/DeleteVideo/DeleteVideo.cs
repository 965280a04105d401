using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Application.Videos.DeleteVideo;

/// <summary>Deletes an admin video, its row and then its files; answers the video as it was.</summary>
public sealed class DeleteVideoHandler(Permissions permissions, IVideoRepository videos, IMediaLibrary files, IMapper mapper)
{
    public async Task<Result<VideoDto>> HandleAsync(string hash, CancellationToken ct)
    {
        var video = await videos.GetByHashAsync(hash, ct);
        if (video is null)
        {
            return Result<VideoDto>.NotFound(VideoErrors.NotFound);
        }

        if (permissions.ToAdminister("delete admin videos") is { IsSuccess: false } refused)
        {
            return refused.Refused<VideoDto>();
        }

        var deleted = mapper.Map<VideoDto>(video);
        videos.Remove(video);
        await videos.SaveChangesAsync(ct);
        await files.DeleteAsync(video.Hash, ct);
        return deleted;
    }
}
