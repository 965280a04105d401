using VideoPlatform.Application.Uploads.CompleteUpload;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads;

/// <summary>
/// Where a streamed upload stands: the bytes received in order from the start (its offset) of its length,
/// and, once they all arrived and became a video, that video.
/// </summary>
public sealed record UploadProgress(UploadSession Session, long Offset, UploadCompleted? Completed)
{
    public long Length => Session.Length ?? 0;

    public static UploadProgress Of(UploadSession session, long offset) =>
        new(session, offset, session.Result is { } done ? new UploadCompleted(done.Hash, done.Sha256, done.Size) : null);
}
