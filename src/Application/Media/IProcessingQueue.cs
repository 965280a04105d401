using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Media;

/// <summary>
/// The database as the media workers' queue, over both video tables: a pending video (not stopped) needs
/// work; a worker claims it with a conditional update and a lease it renews while it works, so two
/// instances never process the same video and a dead worker's claim lapses and is taken again.
/// </summary>
public interface IProcessingQueue
{
    /// <summary>Videos that need a worker now: pending and not stopped, or processing under a lapsed lease. Oldest first.</summary>
    Task<IReadOnlyList<MediaVideo>> ListDueAsync(DateTime now, int max, CancellationToken ct);

    /// <summary>Takes the video for <paramref name="worker"/> until <paramref name="leaseUntil"/>, if it is still due;
    /// counts the attempt. False when another worker has it, or it is no longer due.</summary>
    Task<bool> TryClaimAsync(MediaVideo video, string worker, DateTime now, DateTime leaseUntil, CancellationToken ct);

    /// <summary>Extends the claim and records progress; false when the claim is lost or the video was stopped or deleted.</summary>
    Task<bool> RenewAsync(MediaVideo video, string worker, DateTime leaseUntil, double progress, CancellationToken ct);

    /// <summary>The video as stored now (read again if already loaded), tracked for changes.</summary>
    Task<VideoMetadata?> FindAsync(MediaVideo video, CancellationToken ct);

    /// <summary>Saves the video's changes if <paramref name="worker"/> still holds its claim (null: no claim needed); false otherwise.</summary>
    Task<bool> SaveAsync(VideoMetadata video, string? worker, CancellationToken ct);

    /// <summary>Scheduled videos whose renditions are ready, both tables.</summary>
    Task<IReadOnlyList<VideoMetadata>> ListScheduledReadyAsync(CancellationToken ct);
}
