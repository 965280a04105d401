using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads;

/// <summary>
/// Durable staging of chunked uploads. Every piece of state lives in storage (never in process memory)
/// so a restart, a crash or a second instance sharing the storage root sees the same uploads.
/// </summary>
public interface IUploadStaging
{
    Task CreateAsync(UploadSession session, CancellationToken ct);

    Task<UploadSession?> FindAsync(string uploadId, CancellationToken ct);

    Task<IReadOnlyList<ChunkInfo>> ListChunksAsync(string uploadId, CancellationToken ct);

    /// <summary>Streams one chunk to disk; only when this answers Stored is the chunk accepted.</summary>
    Task<ChunkWriteOutcome> WriteChunkAsync(UploadSession session, ChunkWrite write, Stream body, CancellationToken ct);

    /// <summary>How many bytes of a streamed upload arrived in order from its start: where its client resumes.</summary>
    Task<long> ReceivedBytesAsync(UploadSession session, CancellationToken ct);

    /// <summary>Streams bytes of a streamed upload to disk at the offset it has reached; each piece the bytes
    /// complete is recorded as an accepted chunk, so completing works as for chunked uploads.</summary>
    Task<AppendOutcome> AppendAsync(UploadSession session, StreamAppend append, Stream body, CancellationToken ct);

    /// <summary>Copies the finished parts' bytes, in order, into <paramref name="joined"/> (a streamed upload of
    /// their total length); false when a part's bytes are gone.</summary>
    Task<bool> JoinAsync(UploadSession joined, IReadOnlyList<UploadSession> parts, CancellationToken ct);

    /// <summary>Exclusive right to complete or abort this upload, across processes; null after waiting in vain.</summary>
    Task<IAsyncDisposable?> LockAsync(string uploadId, TimeSpan wait, CancellationToken ct);

    /// <summary>Puts every chunk in place, flushes the file to disk and hashes it; repeatable. Null when
    /// the last chunk is larger than the others (the chunks cannot form one file).</summary>
    Task<AssembledFile?> AssembleAsync(UploadSession session, IReadOnlyList<ChunkInfo> chunks, CancellationToken ct);

    /// <summary>The assembled file, read-only and seekable, wherever it is now (staged or published).</summary>
    Task<Stream> OpenAssembledAsync(UploadSession session, CancellationToken ct);

    /// <summary>Moves the assembled file to its place under the storage root; repeatable.</summary>
    Task PublishAsync(UploadSession session, CancellationToken ct);

    /// <summary>Moves a published file back into staging when its metadata row could not be written.</summary>
    Task UnpublishAsync(UploadSession session, CancellationToken ct);

    Task MarkCompletedAsync(UploadSession session, UploadResult result, CancellationToken ct);

    /// <returns>False when it was already gone (another instance removed it first).</returns>
    Task<bool> DeleteAsync(string uploadId, CancellationToken ct);

    Task<IReadOnlyList<StagedUpload>> ListAsync(CancellationToken ct);

    /// <summary>How many uploads are in progress (started and not completed, expired or not): in all, and
    /// started by <paramref name="startedBy"/> (0 when null).</summary>
    Task<OpenUploads> CountOpenAsync(string? startedBy, CancellationToken ct);

    /// <summary>Free bytes on the storage's volume, when the platform can tell.</summary>
    long? AvailableBytes();

    /// <summary>Whether the upload's file is already in its published place (a complete stopped after publishing).</summary>
    Task<bool> IsPublishedAsync(UploadSession session, CancellationToken ct);
}

/// <summary>Uploads in progress: in all, and those of one caller.</summary>
public sealed record OpenUploads(int Total, int ByCaller);
