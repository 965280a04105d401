using Ardalis.Result;
using VideoPlatform.Application.Videos.GetVideo;

namespace VideoPlatform.Application.Videos.DeleteVideo;

public sealed class DeleteVideoHandler(IVideoRepository videos)
{
    public async Task<Result> HandleAsync(string hash, CancellationToken ct)
    {
        var video = await videos.GetByHashAsync(hash, ct);
        if (video is null)
        {
            return Result.NotFound(GetVideoHandler.NotFoundMessage);
        }

        videos.Remove(video);
        await videos.SaveChangesAsync(ct);
        return Result.Success();
    }
}
