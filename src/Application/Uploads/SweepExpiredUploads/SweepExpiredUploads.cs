using Microsoft.Extensions.Options;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads.SweepExpiredUploads;

/// <summary>
/// Removes uploads nobody completed in time, the record of completed ones once the same time has
/// passed (a repeated complete is answered until then), and folders a crash left without a session.
/// </summary>
public sealed class SweepExpiredUploadsHandler(IUploadStaging staging, IOptions<UploadOptions> options, TimeProvider clock)
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

            await staging.DeleteAsync(upload.UploadId, ct);
            swept++;
        }

        return swept;
    }
}
