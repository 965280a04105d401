using VideoPlatform.Application.CourseVideos;
using VideoPlatform.Application.Videos;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads;

/// <summary>
/// What to do with an unfinished upload that is dropped (aborted or expired), given that a complete may
/// have stopped anywhere: its row is the commit point. A row means the video exists, so the upload is
/// finished rather than dropped; no row means a published file belongs to nobody and goes with the
/// staged bytes.
/// </summary>
public sealed class StagedUploadCleanup(IUploadStaging staging, ICourseVideoRepository courseVideos, IVideoRepository videos)
{
    public async Task<bool> HasRowAsync(UploadSession session, CancellationToken ct) => session.CourseId is null
        ? await videos.GetByHashAsync(session.UploadId, ct) is not null
        : await courseVideos.GetByHashAsync(session.UploadId, ct) is not null;

    /// <summary>Removes the staged bytes and a published file without a row; false when the staged bytes were already gone.</summary>
    public async Task<bool> DiscardAsync(UploadSession session, CancellationToken ct)
    {
        if (await staging.IsPublishedAsync(session, ct))
        {
            await staging.UnpublishAsync(session, ct);
        }

        return await staging.DeleteAsync(session.UploadId, ct);
    }
}
