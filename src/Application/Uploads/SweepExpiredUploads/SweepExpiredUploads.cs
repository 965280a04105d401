using Microsoft.Extensions.Options;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads.SweepExpiredUploads;

/// <summary>
/// Removes uploads nobody completed in time (with a file a crashed complete published but never gave a
/// row), the record of completed ones once the same time has passed (a repeated complete is answered until
/// then), and folders a crash left without a readable session. An expired upload whose row exists was
/// completed up to its last step; that step is finished instead.
/// </summary>
public sealed class SweepExpiredUploadsHandler(IUploadStaging staging, StagedUploadCleanup cleanup, IOptions<UploadOptions> options, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ttl = options.Value.SessionTtl;
        var swept = 0;
        foreach (var upload in await staging.ListAsync(ct))
        {
            var expired = upload.Session switch
            {
                null => upload.LastWriteUtc + ttl <= now,
                { State: UploadState.Completed, Result: { } result } => result.CompletedAt + ttl <= now,
                { } session => session.ExpiresAt <= now,
            };
            if (!expired)
            {
                continue;
            }

            // Skip one that is being completed right now; the next sweep will look again.
            await using var exclusive = await staging.LockAsync(upload.UploadId, TimeSpan.Zero, ct);
            if (exclusive is null)
            {
                continue;
            }

            if (upload.Session is { State: UploadState.Uploading } unfinished)
            {
                if (await FinishAsync(unfinished, now, ct))
                {
                    continue;
                }

                swept += await cleanup.DiscardAsync(unfinished, ct) ? 1 : 0;
            }
            else
            {
                // Counted only if this sweep removed it: an instance sharing the storage may have just done so.
                swept += await staging.DeleteAsync(upload.UploadId, ct) ? 1 : 0;
            }
        }

        return swept;
    }

    /// <summary>Marks complete an upload whose row was written before its complete stopped.</summary>
    private async Task<bool> FinishAsync(UploadSession session, DateTime now, CancellationToken ct)
    {
        if (!await staging.IsPublishedAsync(session, ct) || !await cleanup.HasRowAsync(session, ct))
        {
            return false;
        }

        var file = await staging.AssembleAsync(session, await staging.ListChunksAsync(session.UploadId, ct), ct);
        if (file is null)
        {
            return false;
        }

        await staging.MarkCompletedAsync(session, new UploadResult(session.UploadId, file.Sha256, file.Size, session.OriginalPath, now), ct);
        return true;
    }
}
