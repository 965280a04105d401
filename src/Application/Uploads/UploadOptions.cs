using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads;

/// <summary>Upload limits and lifetimes (configuration section "Upload").</summary>
public sealed class UploadOptions
{
    public const string Section = "Upload";

    /// <summary>Largest file an upload may produce.</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024 * 1024;

    /// <summary>Largest single chunk. Chunks stream to disk, so by default a chunk may be the whole file (the
    /// course wizard sends a file as one chunk; the browser uploader 5 MiB chunks).</summary>
    public long MaxChunkBytes { get; set; } = 20L * 1024 * 1024 * 1024;

    /// <summary>Most chunks one upload may have; never more than 10,000.</summary>
    public int MaxChunks { get; set; } = UploadLimits.ChunkCountCeiling;

    /// <summary>How long an upload may stay incomplete before it is swept (absolute, from init).</summary>
    public TimeSpan SessionTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the background sweeper looks for expired uploads.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a complete waits for another complete of the same upload to finish.</summary>
    public TimeSpan CompleteLockWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Most uploads in progress at once (started, not completed, not expired), across all callers.</summary>
    public int MaxOpenUploads { get; set; } = 1000;

    /// <summary>Most uploads one caller may have in progress at once (admins included: a runaway script is a script).</summary>
    public int MaxOpenUploadsPerCaller { get; set; } = 20;

    /// <summary>Free space the storage must keep: a chunk that would leave less is refused (507), so uploads
    /// cannot fill the disk the databases and finished videos live on.</summary>
    public long MinFreeBytes { get; set; } = 1024L * 1024 * 1024;

    public UploadLimits Limits => new(MaxFileBytes, MaxChunkBytes, MaxChunks);
}
