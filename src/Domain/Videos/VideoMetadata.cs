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
    public const string PublishedStatus = "Published";

    /// <summary>A video whose processing was claimed this many times without finishing (each claim died with
    /// its worker) is failed rather than tried forever: something in it brings the worker down.</summary>
    public const int MaxProcessingAttempts = 3;

    // Every stored field but the surrogate key, found once so copying and comparing rows need no second list.
    private static readonly PropertyInfo[] StoredFields = typeof(VideoMetadata)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.Name != nameof(Id))
        .ToArray();

    /// <summary>The processing bookkeeping's fields: stored, but not something a client lists or filters by.</summary>
    public static IReadOnlyList<string> ProcessingFields { get; } =
    [
        nameof(ProcessingClaimedBy), nameof(ProcessingLeaseUntil), nameof(ProcessingProgress), nameof(ProcessingError), nameof(ProcessingAttempts),
    ];

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

    /// <summary>
    /// <see cref="ScheduledAt"/> read as an instant (<see cref="ReadSchedule"/>), stored beside the text so lists
    /// filter and sort by time in the database. The text stays as the client wrote it; null when it is not a time.
    /// </summary>
    public DateTime? ScheduledAtUtc { get; private set; }

    // The media pipeline's bookkeeping: set by the service's workers, never by a client. The claim and
    // its lease make the database the work queue; the error is what an operator reads when it failed.
    public string? ProcessingClaimedBy { get; private set; }
    public DateTime? ProcessingLeaseUntil { get; private set; }
    public double? ProcessingProgress { get; private set; }
    public string? ProcessingError { get; private set; }
    public int ProcessingAttempts { get; private set; }

    /// <summary>Waiting for a worker: pending and not stopped (a stopped video waits to be resumed).</summary>
    public bool AwaitsProcessing => TranscodingStatus == TranscodingStatuses.Pending && !Stopped;

    public bool IsPublishable => TranscodingStatus == TranscodingStatuses.Completed;

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
        if (changes.ScheduledAt is not null)
        {
            ScheduledAt = changes.ScheduledAt;
            ScheduledAtUtc = ReadSchedule(ScheduledAt);
        }
        ThumbnailFilename = changes.ThumbnailFilename ?? ThumbnailFilename;
        OriginalResolution = changes.OriginalResolution ?? OriginalResolution;
        OriginalQualityLabel = changes.OriginalQualityLabel ?? OriginalQualityLabel;
        DurationSeconds = changes.DurationSeconds ?? DurationSeconds;
        Stopped = changes.Stopped ?? Stopped;
        TranscodingStatus = changes.TranscodingStatus ?? TranscodingStatus;
    }

    /// <summary>What the probe learned of the original: its resolution, quality label and duration.</summary>
    public void RecordFacts(Media.MediaFacts facts)
    {
        OriginalResolution = facts.Resolution;
        OriginalQualityLabel = facts.QualityLabel;
        DurationSeconds = facts.DurationSeconds;
    }

    public void SetThumbnail(string filename)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filename);
        ThumbnailFilename = filename;
    }

    /// <summary>Every rendition is ready: the worker lets go of the video.</summary>
    public void CompleteProcessing()
    {
        TranscodingStatus = TranscodingStatuses.Completed;
        ProcessingProgress = 1;
        ProcessingError = null;
        ReleaseClaim();
    }

    /// <summary>Processing cannot succeed (no original, not a video the encoder reads): failed, with the reason, once.</summary>
    public void FailProcessing(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        TranscodingStatus = TranscodingStatuses.Failed;
        ProcessingError = reason.Length > 2000 ? reason[..2000] : reason;
        ProcessingProgress = null;
        ReleaseClaim();
    }

    /// <summary>Stopped at a safe point: back to pending, resumed from the renditions already finished once the stop flag is cleared.</summary>
    public void PauseProcessing()
    {
        TranscodingStatus = TranscodingStatuses.Pending;
        ProcessingProgress = null;
        ReleaseClaim();
    }

    /// <summary>Let go without finishing, through no fault of the video (the service is stopping): pending again,
    /// and the attempt does not count.</summary>
    public void ReleaseProcessing()
    {
        PauseProcessing();
        ProcessingAttempts = Math.Max(0, ProcessingAttempts - 1);
    }

    /// <summary>Processing from the start again (e.g. after a failure): pending, with a fresh count of attempts.</summary>
    public void RequeueProcessing()
    {
        TranscodingStatus = TranscodingStatuses.Pending;
        ProcessingError = null;
        ProcessingProgress = null;
        ProcessingAttempts = 0;
        ReleaseClaim();
    }

    /// <summary>Published, when its renditions are ready; false (and nothing changes) otherwise.</summary>
    public bool TryPublish()
    {
        if (!IsPublishable)
        {
            return false;
        }

        Status = PublishedStatus;
        return true;
    }

    /// <summary>
    /// A Scheduled video whose time has come and whose renditions are ready. A time without an offset is
    /// read as UTC; a time that does not parse never comes.
    /// </summary>
    public bool IsDueForPublishing(DateTime utcNow) =>
        Status == ScheduledStatus && IsPublishable && ReadSchedule(ScheduledAt) is { } at && at <= utcNow;

    /// <summary>
    /// A scheduled time as an instant in UTC: a time without an offset is UTC; text that is no time is null.
    /// Read from the text each time it matters, so rows another writer (the old services) stored read the same.
    /// </summary>
    public static DateTime? ReadSchedule(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= VideoChanges.ShortTextMaxLength &&
        DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var at)
            ? DateTime.SpecifyKind(at, DateTimeKind.Utc)
            : null;

    private void ReleaseClaim()
    {
        ProcessingClaimedBy = null;
        ProcessingLeaseUntil = null;
    }

    /// <summary>The name of the stored original changes with the file it names (an upsert of the same hash).</summary>
    public void Rename(string filename)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filename);
        Filename = filename;
    }

    /// <summary>True when every stored field except the surrogate id (and the time read from the schedule's text) equals the other row's.</summary>
    protected bool SameMetadataAs(VideoMetadata other) =>
        StoredFields.All(p => p.Name == nameof(ScheduledAtUtc) || Equals(p.GetValue(this), p.GetValue(other)));

    /// <summary>Copies every stored field except the surrogate id (used when a row moves between databases).</summary>
    protected void CopyMetadataFrom(VideoMetadata source)
    {
        foreach (var field in StoredFields)
        {
            field.SetValue(this, field.GetValue(source));
        }
    }
}
