using Microsoft.EntityFrameworkCore;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Infrastructure.Persistence.Schema;

/// <summary>
/// Fills <c>scheduled_at_utc</c> from <c>scheduled_at</c> where it is missing: rows from before the column existed,
/// and rows another writer (the old services, during a switch-over) stored without it. Run at start-up; text that is
/// no time stays without one, and each row is set only if its text is still the text that was read.
/// </summary>
internal static class ScheduleBackfill
{
    private const int Batch = 500;

    public static async Task FillAsync<T>(DbContext db, CancellationToken ct) where T : VideoMetadata
    {
        var rows = db.Set<T>();
        var after = 0;
        while (true)
        {
            var batch = await rows.AsNoTracking()
                .Where(v => v.ScheduledAt != null && v.ScheduledAtUtc == null && v.Id > after)
                .OrderBy(v => v.Id)
                .Select(v => new { v.Id, v.ScheduledAt })
                .Take(Batch)
                .ToListAsync(ct);
            foreach (var row in batch)
            {
                if (VideoMetadata.ReadSchedule(row.ScheduledAt) is { } at)
                {
                    await rows.Where(v => v.Id == row.Id && v.ScheduledAt == row.ScheduledAt)
                        .ExecuteUpdateAsync(set => set.SetProperty(v => v.ScheduledAtUtc, at), ct);
                }
            }

            if (batch.Count < Batch)
            {
                return;
            }

            after = batch[^1].Id;
        }
    }
}
