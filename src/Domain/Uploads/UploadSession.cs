using System.Globalization;

namespace VideoPlatform.Domain.Uploads;

public enum UploadState
{
    Uploading,
    Completed,
}

/// <summary>What is known of an upload from init on; persisted, so it survives restarts.</summary>
/// <param name="StartedBy">The caller who started it (only they or an admin may continue it); null when started anonymously.</param>
/// <param name="Length">The file's exact size, for uploads whose bytes arrive as one stream (tus) rather than
/// numbered chunks; the stream is stored in pieces of <see cref="ChunkSize"/> bytes, so everything after the
/// bytes arrive (complete, resume, sweeps) is the same for both.</param>
/// <param name="IsPartial">A part of a file sent in parallel, to be joined with others into one upload; never a video itself.</param>
/// <param name="Title">The video's title, when the client gave one at the start.</param>
/// <param name="ClientMetadata">What the client attached at the start, answered back unchanged (bounded by the front door).</param>
public sealed record UploadSession(
    string UploadId,
    string Filename,
    int? CourseId,
    int TotalChunks,
    long? ChunkSize,
    DateTime CreatedAt,
    DateTime ExpiresAt,
    UploadState State = UploadState.Uploading,
    UploadResult? Result = null,
    string? StartedBy = null,
    long? Length = null,
    bool IsPartial = false,
    string? Title = null,
    IReadOnlyDictionary<string, string>? ClientMetadata = null)
{
    public const string NoCourseFolder = "default";

    /// <summary>Whether clients can still use it: a completed upload stays answerable, an unfinished one
    /// only until it expires (the sweeper removes it some time later).</summary>
    public bool IsLive(DateTime now) => State == UploadState.Completed || ExpiresAt > now;

    public string CourseFolder => CourseId?.ToString(CultureInfo.InvariantCulture) ?? NoCourseFolder;

    /// <summary>Where the finished file lives under the storage root; the transcoder downstream reads it there.</summary>
    public string OriginalPath => $"originals/{CourseFolder}/{UploadId}/{Filename}";
}

/// <summary>The stored file of a completed upload.</summary>
public sealed record UploadResult(string Hash, string Sha256, long Size, string StoredPath, DateTime CompletedAt);
