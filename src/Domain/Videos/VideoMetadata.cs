using System.Reflection;

namespace VideoPlatform.Domain.Videos;

/// <summary>
/// The metadata both video tables share, column for column (course_videos in courses.db, videos in
/// videos.db). This class is the one list of a video's fields: persistence maps its properties by name,
/// the read model mirrors them, and the front doors derive their shapes from those two.
/// </summary>
public abstract class VideoMetadata
{
    public const int HashMaxLength = 128;
    public const int FilenameMaxLength = 255;
    public const string DefaultCategory = "uncategorized";
    public const string DraftStatus = "draft";
    public const string ScheduledStatus = "Scheduled";

    // Every stored field but the surrogate key, found once so copying and comparing rows need no second list.
    private static readonly PropertyInfo[] StoredFields = typeof(VideoMetadata)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.Name != nameof(Id))
        .ToArray();

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
    public double? DurationSeconds { get; private set; }
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
        Stopped = false;
        TranscodingStatus = TranscodingStatuses.Pending;
        Apply(details with
        {
            Title = string.IsNullOrWhiteSpace(details.Title) ? filename : details.Title,
            Status = string.IsNullOrWhiteSpace(details.Status)
                ? (string.IsNullOrWhiteSpace(details.ScheduledAt) ? DraftStatus : ScheduledStatus)
                : details.Status,
            Category = string.IsNullOrWhiteSpace(details.Category) ? DefaultCategory : details.Category,
        });
    }

    /// <summary>Partial update: every non-null field replaces the stored one, the rest stay.</summary>
    public void Apply(VideoChanges changes)
    {
        if (changes.TranscodingStatus is not null && !TranscodingStatuses.IsValid(changes.TranscodingStatus))
        {
            throw new ArgumentException($"Unknown transcoding status '{changes.TranscodingStatus}'.", nameof(changes));
        }

        Title = changes.Title ?? Title;
        Description = changes.Description ?? Description;
        Category = changes.Category ?? Category;
        Status = changes.Status ?? Status;
        ScheduledAt = changes.ScheduledAt ?? ScheduledAt;
        ThumbnailFilename = changes.ThumbnailFilename ?? ThumbnailFilename;
        OriginalResolution = changes.OriginalResolution ?? OriginalResolution;
        OriginalQualityLabel = changes.OriginalQualityLabel ?? OriginalQualityLabel;
        DurationSeconds = changes.DurationSeconds ?? DurationSeconds;
        Stopped = changes.Stopped ?? Stopped;
        TranscodingStatus = changes.TranscodingStatus ?? TranscodingStatus;
    }

    /// <summary>The name of the stored original changes with the file it names (an upsert of the same hash).</summary>
    public void Rename(string filename)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filename);
        Filename = filename;
    }

    /// <summary>True when every stored field except the surrogate id equals the other row's.</summary>
    protected bool SameMetadataAs(VideoMetadata other) =>
        StoredFields.All(p => Equals(p.GetValue(this), p.GetValue(other)));

    /// <summary>Copies every stored field except the surrogate id (used when a row moves between databases).</summary>
    protected void CopyMetadataFrom(VideoMetadata source)
    {
        foreach (var field in StoredFields)
        {
            field.SetValue(this, field.GetValue(source));
        }
    }
}
