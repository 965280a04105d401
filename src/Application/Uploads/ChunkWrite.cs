using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads;

/// <summary>One chunk to store: where it goes, the limits it must keep, and the checksum the client promised.</summary>
public sealed record ChunkWrite(int Index, bool IsLast, UploadLimits Limits, string? ExpectedSha256);

/// <summary>A chunk that was accepted: its bytes are on disk and it will not change. The SHA-256 is
/// known when the client sent one to verify.</summary>
public sealed record ChunkInfo(int Index, long Size, string? Sha256);

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
    NoSpace,
}

/// <summary>What became of one chunk write; <see cref="ExpectedSize"/> explains a size mismatch.</summary>
public sealed record ChunkWriteOutcome(ChunkWriteStatus Status, ChunkInfo? Chunk = null, long? ExpectedSize = null, long? ActualSize = null);
