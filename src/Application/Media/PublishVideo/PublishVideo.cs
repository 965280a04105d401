using Ardalis.Result;
using VideoPlatform.Application.Access;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Application.Media.PublishVideo;

/// <summary>Publishes a video (admin or course video) once its renditions are ready.</summary>
public sealed class PublishVideoHandler(Permissions permissions, MediaLookup lookup)
{
    public const string NotReady = "transcode not completed";

    public async Task<Result<string>> HandleAsync(string hash, CancellationToken ct)
    {
        var video = await lookup.FindAsync(hash, ct);
        if (video is null)
        {
            return Result<string>.NotFound(MediaLookup.NotFound);
        }

        if (await permissions.ToChangeAsync(video, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<string>();
        }

        if (!video.TryPublish())
        {
            return FieldErrors.Invalid<string>("TranscodingStatus",
                $"{NotReady}: processing is {video.TranscodingStatus ?? "not started"}; publish the video once it has completed.");
        }

        await lookup.SaveAsync(video, ct);
        return video.Status!;
    }
}
