using System.Globalization;

namespace VideoPlatform.Domain.Uploads;

public enum UploadState
{
    Uploading,
    Completed,
}

/// <summary>What is known of an upload from init on; persisted, so it survives restarts.</summary>
/// <param name="StartedBy">The caller who started it (only they or an admin may continue it); null when started anonymously.</param>
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
    string? StartedBy = null)
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
