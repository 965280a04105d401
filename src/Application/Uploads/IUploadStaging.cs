namespace VideoPlatform.Application.Uploads;

public enum UploadState
{
    Uploading,
    Completed,
}

/// <summary>What is known of an upload from init on; persisted, so it survives restarts.</summary>
public sealed record UploadSession(
    string UploadId,
    string Filename,
    int? CourseId,
    int TotalChunks,
    long? ChunkSize,
    DateTime CreatedAt,
    DateTime ExpiresAt,
    UploadState State = UploadState.Uploading,
    UploadResult? Result = null)
{
    /// <summary>Whether clients can still use it: a completed upload stays answerable, an unfinished one
    /// only until it expires (the sweeper removes it some time later).</summary>
    public bool IsLive(DateTime now) => State == UploadState.Completed || ExpiresAt > now;

    public string CourseFolder => CourseId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default";

    public string OriginalPath => $"originals/{CourseFolder}/{UploadId}/{Filename}";
}

/// <summary>The stored file of a completed upload.</summary>
public sealed record UploadResult(string Hash, string Sha256, long Size, string StoredPath, DateTime CompletedAt);

/// <summary>A chunk that was accepted: its bytes are on disk and it will not change. The SHA-256 is
/// known when the client sent one to verify.</summary>
public sealed record ChunkInfo(int Index, long Size, string? Sha256);

public sealed record ChunkWrite(int Index, bool IsLast, long MaxChunkBytes, long MaxFileBytes, string? ExpectedSha256);

public enum ChunkWriteStatus
{
    Stored,
    AlreadyStoredSame,
    AlreadyStoredDifferent,
    Busy,
    TooLarge,
    ChecksumMismatch,
    SizeMismatch,
    Gone,
}

/// <summary>What became of one chunk write; <see cref="ExpectedSize"/> explains a size mismatch.</summary>
public sealed record ChunkWriteOutcome(ChunkWriteStatus Status, ChunkInfo? Chunk = null, long? ExpectedSize = null, long? ActualSize = null);

/// <summary>The whole file, in place and flushed to disk, ready to publish.</summary>
public sealed record AssembledFile(long Size, string Sha256, byte[] Header);

/// <summary>An upload folder found in staging, with its session when it could be read.</summary>
public sealed record StagedUpload(string UploadId, UploadSession? Session, DateTime LastWriteUtc);

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

    /// <summary>Exclusive right to complete or abort this upload, across processes; null after waiting in vain.</summary>
    Task<IAsyncDisposable?> LockAsync(string uploadId, TimeSpan wait, CancellationToken ct);

    /// <summary>Puts every chunk in place, flushes the file to disk and hashes it; repeatable. Null when
    /// the last chunk is larger than the others (the chunks cannot form one file).</summary>
    Task<AssembledFile?> AssembleAsync(UploadSession session, IReadOnlyList<ChunkInfo> chunks, CancellationToken ct);

    /// <summary>Moves the assembled file to its place under the storage root; repeatable.</summary>
    Task PublishAsync(UploadSession session, CancellationToken ct);

    /// <summary>Moves a published file back into staging when its metadata row could not be written.</summary>
    Task UnpublishAsync(UploadSession session, CancellationToken ct);

    Task MarkCompletedAsync(UploadSession session, UploadResult result, CancellationToken ct);

    Task DeleteAsync(string uploadId, CancellationToken ct);

    Task<IReadOnlyList<StagedUpload>> ListAsync(CancellationToken ct);

    /// <summary>A scratch file under the storage root for a chunk whose form fields arrive after its bytes;
    /// deleted when disposed.</summary>
    Stream CreateScratchBuffer();
}
