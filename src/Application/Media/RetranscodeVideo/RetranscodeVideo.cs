using Ardalis.Result;
using VideoPlatform.Application.Access;
using VideoPlatform.Application.Media.GetProcessingStatus;

namespace VideoPlatform.Application.Media.RetranscodeVideo;

/// <summary>Processes a video again from the start (e.g. after it failed): its renditions go, its status is pending.</summary>
public sealed class RetranscodeVideoHandler(Permissions permissions, MediaLookup lookup, IMediaLibrary library, MediaWakeup wakeup)
{
    public async Task<Result<ProcessingStatus>> HandleAsync(string hash, CancellationToken ct)
    {
        var video = await lookup.FindAsync(hash, ct);
        if (video is null)
        {
            return Result<ProcessingStatus>.NotFound(MediaLookup.NotFound);
        }

        if (await permissions.ToChangeAsync(video, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<ProcessingStatus>();
        }

        video.RequeueProcessing();
        await lookup.SaveAsync(video, ct);
        var media = MediaVideo.Of(video);
        library.DiscardWork(media);
        library.DeleteRenditions(media);
        wakeup.Signal();
        return GetProcessingStatusHandler.Describe(ProcessingState.Of(video), []);
    }
}
