using Ardalis.Result;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads.GetUpload;

/// <summary>What a client needs to resume: which chunks arrived (with their checksums) and which are missing.</summary>
public sealed record UploadStatus(
    string UploadId,
    string Filename,
    int? CourseId,
    int TotalChunks,
    long? ChunkSize,
    IReadOnlyList<int> Received,
    IReadOnlyList<int> Missing,
    long BytesReceived,
    IReadOnlyList<ChunkInfo> Chunks,
    DateTime ExpiresAt,
    string State,
    string? Hash,
    string? Sha256,
    long? Size);

public sealed class GetUploadHandler(IUploadStaging staging, TimeProvider clock)
{
    public async Task<Result<UploadStatus>> HandleAsync(string? uploadId, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!UploadInput.CheckUploadId(uploadId, errors))
        {
            return errors.ToInvalid<UploadStatus>();
        }

        var id = uploadId!;
        var session = await staging.FindAsync(id, ct);
        if (session is null || !session.IsLive(clock.GetUtcNow().UtcDateTime))
        {
            return UploadErrors.NotFound<UploadStatus>(id);
        }

        var chunks = session.State == UploadState.Completed ? [] : await staging.ListChunksAsync(id, ct);
        var received = session.State == UploadState.Completed
            ? Enumerable.Range(0, session.TotalChunks).ToList()
            : chunks.Select(c => c.Index).Order().ToList();
        return new UploadStatus(
            session.UploadId, session.Filename, session.CourseId, session.TotalChunks, session.ChunkSize,
            received, Enumerable.Range(0, session.TotalChunks).Except(received).ToList(),
            session.Result?.Size ?? chunks.Sum(c => c.Size), chunks.OrderBy(c => c.Index).ToList(), session.ExpiresAt,
            session.State == UploadState.Completed ? "completed" : "uploading",
            session.Result?.Hash, session.Result?.Sha256, session.Result?.Size);
    }
}
