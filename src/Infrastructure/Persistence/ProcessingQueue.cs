using Microsoft.EntityFrameworkCore;
using VideoPlatform.Application.Media;
using VideoPlatform.Domain.Videos;
using VideoPlatform.Infrastructure.Persistence.Courses;
using VideoPlatform.Infrastructure.Persistence.Videos;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>
/// The media workers' queue over both video tables. Claims and renewals are single conditional UPDATEs, so
/// the database decides between instances: a claim succeeds only while the video is due, a renewal only
/// while this worker still holds the claim and nobody has stopped or deleted the video.
/// </summary>
internal sealed class ProcessingQueue(CoursesDbContext courses, VideosDbContext videos) : IProcessingQueue
{
    public async Task<IReadOnlyList<MediaVideo>> ListDueAsync(DateTime now, int max, CancellationToken ct)
    {
        var admin = await Due(videos.Videos, now).OrderBy(v => v.CreatedAt).Take(max)
            .Select(v => new MediaVideo(v.Hash, VideoKind.Admin, v.CourseId, v.Filename)).ToListAsync(ct);
        var course = await Due(courses.CourseVideos, now).OrderBy(v => v.CreatedAt).Take(max)
            .Select(v => new MediaVideo(v.Hash, VideoKind.Course, v.CourseId, v.Filename)).ToListAsync(ct);
        return [.. admin, .. course];
    }

    public async Task<bool> TryClaimAsync(MediaVideo video, string worker, DateTime now, DateTime leaseUntil, CancellationToken ct)
    {
        var claimed = video.Kind == VideoKind.Admin
            ? await Claim(Due(videos.Videos, now).Where(v => v.Hash == video.Hash), worker, leaseUntil, ct)
            : await Claim(Due(courses.CourseVideos, now).Where(v => v.Hash == video.Hash), worker, leaseUntil, ct);
        return claimed == 1;
    }

    public async Task<bool> RenewAsync(MediaVideo video, string worker, DateTime leaseUntil, double progress, CancellationToken ct)
    {
        var renewed = video.Kind == VideoKind.Admin
            ? await Renew(videos.Videos.Where(v => v.Hash == video.Hash), worker, leaseUntil, progress, ct)
            : await Renew(courses.CourseVideos.Where(v => v.Hash == video.Hash), worker, leaseUntil, progress, ct);
        return renewed == 1;
    }

    public async Task<VideoMetadata?> FindAsync(MediaVideo video, CancellationToken ct)
    {
        VideoMetadata? found = video.Kind == VideoKind.Admin
            ? await videos.Videos.FirstOrDefaultAsync(v => v.Hash == video.Hash, ct)
            : await courses.CourseVideos.FirstOrDefaultAsync(v => v.Hash == video.Hash, ct);
        if (found is not null)
        {
            // A tracked row keeps the values it was loaded with; the claim and the stop flag change under it.
            await Context(found).Entry(found).ReloadAsync(ct);
        }

        return found;
    }

    public async Task<bool> SaveAsync(VideoMetadata video, string? worker, CancellationToken ct)
    {
        var context = Context(video);
        var entry = context.Entry(video);
        if (worker is not null)
        {
            // Saved only while the claim is still this worker's: the UPDATE is conditional on the claim it was loaded with.
            entry.Property(v => v.ProcessingClaimedBy).OriginalValue = worker;
        }

        try
        {
            await context.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            entry.State = EntityState.Detached;
            return false;
        }
    }

    public async Task<IReadOnlyList<VideoMetadata>> ListScheduledReadyAsync(CancellationToken ct)
    {
        var admin = await videos.Videos.Where(v => v.Status == VideoMetadata.ScheduledStatus && v.TranscodingStatus == TranscodingStatuses.Completed).ToListAsync(ct);
        var course = await courses.CourseVideos.Where(v => v.Status == VideoMetadata.ScheduledStatus && v.TranscodingStatus == TranscodingStatuses.Completed).ToListAsync(ct);
        return [.. admin, .. course];
    }

    /// <summary>Pending and not stopped, or processing under a lease that has lapsed (its worker died).</summary>
    private static IQueryable<T> Due<T>(DbSet<T> set, DateTime now) where T : VideoMetadata =>
        set.Where(v => !v.Stopped && (v.TranscodingStatus == TranscodingStatuses.Pending ||
                                      (v.TranscodingStatus == TranscodingStatuses.Transcoding && v.ProcessingLeaseUntil != null && v.ProcessingLeaseUntil < now)));

    private static Task<int> Claim<T>(IQueryable<T> due, string worker, DateTime leaseUntil, CancellationToken ct) where T : VideoMetadata =>
        due.ExecuteUpdateAsync(set => set
            .SetProperty(v => v.TranscodingStatus, TranscodingStatuses.Transcoding)
            .SetProperty(v => v.ProcessingClaimedBy, worker)
            .SetProperty(v => v.ProcessingLeaseUntil, leaseUntil)
            .SetProperty(v => v.ProcessingProgress, 0.0)
            .SetProperty(v => v.ProcessingAttempts, v => v.ProcessingAttempts + 1), ct);

    private static Task<int> Renew<T>(IQueryable<T> video, string worker, DateTime leaseUntil, double progress, CancellationToken ct) where T : VideoMetadata =>
        video.Where(v => v.ProcessingClaimedBy == worker && !v.Stopped && v.TranscodingStatus == TranscodingStatuses.Transcoding)
            .ExecuteUpdateAsync(set => set
                .SetProperty(v => v.ProcessingLeaseUntil, leaseUntil)
                .SetProperty(v => v.ProcessingProgress, progress), ct);

    private DbContext Context(VideoMetadata video) => video is Video ? videos : courses;
}
