namespace VideoPlatform.Domain.Videos;

/// <summary>
/// The metadata both video tables share, column for column (course_videos in courses.db, videos in
/// videos.db). Rules live here once so the two kinds cannot drift apart.
/// </summary>
public abstract class VideoMetadata
{
    public const int HashMaxLength = 128;
    public const int FilenameMaxLength = 255;
    public const int TitleMaxLength = 500;
    public const int DescriptionMaxLength = 20_000;
    public const int ShortTextMaxLength = 100;
    public const string DefaultCategory = "uncategorized";
    public const string DraftStatus = "draft";
    public const string ScheduledStatus = "Scheduled";

    public int Id { get; private set; }
    public string Hash { get; private set; } = string.Empty;
    public string? Filename { get; private set; }
    public string? Title { get; private set; }
    public string? Description { get; private set; }
    public string? Category { get; private set; }
    public string? Status { get; private set; }
    public string? ThumbnailFilename { get; private set; }
    public string? OriginalResolution { get; private set; }
    public string? OriginalQualityLabel { get; private set; }
    public bool Stopped { get; private set; }

    // Nullable because rows written by the old services may hold NULL here.
    public string? TranscodingStatus { get; private set; }
    public DateTime? CreatedAt { get; private set; }
    public string? ScheduledAt { get; private set; }

    /// <summary>Sets the fields of a new row, applying the defaults the deployed clients rely on.</summary>
    protected void Initialize(string hash, string filename, VideoChanges details, DateTime createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hash);
        ArgumentException.ThrowIfNullOrWhiteSpace(filename);
        Hash = hash;
        Filename = filename;
        CreatedAt = createdAt;
        Title = string.IsNullOrWhiteSpace(details.Title) ? filename : details.Title;
        Status = string.IsNullOrWhiteSpace(details.Status)
            ? (string.IsNullOrWhiteSpace(details.ScheduledAt) ? DraftStatus : ScheduledStatus)
            : details.Status;
        Category = string.IsNullOrWhiteSpace(details.Category) ? DefaultCategory : details.Category;
        TranscodingStatus = details.TranscodingStatus ?? TranscodingStatuses.Pending;
        Stopped = details.Stopped ?? false;
        Description = details.Description;
        ScheduledAt = details.ScheduledAt;
        ThumbnailFilename = details.ThumbnailFilename;
        OriginalResolution = details.OriginalResolution;
        OriginalQualityLabel = details.OriginalQualityLabel;
    }

    /// <summary>Partial update: every non-null field replaces the stored one, the rest stay.</summary>
    public void Apply(VideoChanges changes)
    {
        if (changes.TranscodingStatus is not null && !TranscodingStatuses.IsValid(changes.TranscodingStatus))
        {
            throw new ArgumentException($"Unknown transcoding status '{changes.TranscodingStatus}'.", nameof(changes));
        }

        Filename = changes.Filename ?? Filename;
        Title = changes.Title ?? Title;
        Description = changes.Description ?? Description;
        Category = changes.Category ?? Category;
        Status = changes.Status ?? Status;
        ScheduledAt = changes.ScheduledAt ?? ScheduledAt;
        ThumbnailFilename = changes.ThumbnailFilename ?? ThumbnailFilename;
        OriginalResolution = changes.OriginalResolution ?? OriginalResolution;
        OriginalQualityLabel = changes.OriginalQualityLabel ?? OriginalQualityLabel;
        Stopped = changes.Stopped ?? Stopped;
        TranscodingStatus = changes.TranscodingStatus ?? TranscodingStatus;
    }

    /// <summary>True when every stored field except the surrogate id equals the other row's.</summary>
    protected bool SameMetadataAs(VideoMetadata other) =>
        Hash == other.Hash && Filename == other.Filename && Title == other.Title &&
        Description == other.Description && Category == other.Category && Status == other.Status &&
        ThumbnailFilename == other.ThumbnailFilename && OriginalResolution == other.OriginalResolution &&
        OriginalQualityLabel == other.OriginalQualityLabel && Stopped == other.Stopped &&
        TranscodingStatus == other.TranscodingStatus && CreatedAt == other.CreatedAt &&
        ScheduledAt == other.ScheduledAt;

    /// <summary>Copies every stored field except the surrogate id (used when a row moves between databases).</summary>
    protected void CopyMetadataFrom(VideoMetadata source)
    {
        Hash = source.Hash;
        Filename = source.Filename;
        Title = source.Title;
        Description = source.Description;
        Category = source.Category;
        Status = source.Status;
        ThumbnailFilename = source.ThumbnailFilename;
        OriginalResolution = source.OriginalResolution;
        OriginalQualityLabel = source.OriginalQualityLabel;
        Stopped = source.Stopped;
        TranscodingStatus = source.TranscodingStatus;
        CreatedAt = source.CreatedAt;
        ScheduledAt = source.ScheduledAt;
    }
}

/// <summary>The optional metadata fields of a create or partial update; null means "not given".</summary>
public sealed record VideoChanges
{
    public string? Filename { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }
    public string? Status { get; init; }
    public string? ScheduledAt { get; init; }
    public string? ThumbnailFilename { get; init; }
    public string? OriginalResolution { get; init; }
    public string? OriginalQualityLabel { get; init; }
    public bool? Stopped { get; init; }
    public string? TranscodingStatus { get; init; }
}
