namespace VideoPlatform.Application.Media.PublishScheduledVideos;

/// <summary>Publishes every Scheduled video whose time has come and whose renditions are ready; answers how many.</summary>
public sealed class PublishScheduledVideosHandler(IProcessingQueue queue, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var published = 0;
        foreach (var video in await queue.ListScheduledReadyAsync(ct))
        {
            if (video.IsDueForPublishing(now) && video.TryPublish() && await queue.SaveAsync(video, worker: null, ct))
            {
                published++;
            }
        }

        return published;
    }
}
