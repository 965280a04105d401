using System.Globalization;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Metadata;

/// <summary>
/// The metadata fields a client may send for either kind of video (snake_case on the wire). Null means
/// "not given": a partial update leaves the stored value alone.
/// </summary>
public record VideoFields
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }
    public string? Status { get; init; }
    public string? ScheduledAt { get; init; }
    public string? ThumbnailFilename { get; init; }
    public string? OriginalResolution { get; init; }
    public string? OriginalQualityLabel { get; init; }

    /// <summary>0 or 1, as the old services stored it.</summary>
    public int? Stopped { get; init; }

    public string? TranscodingStatus { get; init; }
    public int? CourseId { get; init; }

    internal VideoChanges ToChanges(string? filename = null) => new()
    {
        Filename = filename,
        Title = Title,
        Description = Description,
        Category = Category,
        Status = Status,
        ScheduledAt = ScheduledAt,
        ThumbnailFilename = ThumbnailFilename,
        OriginalResolution = OriginalResolution,
        OriginalQualityLabel = OriginalQualityLabel,
        Stopped = Stopped switch { null => null, 0 => false, _ => true },
        TranscodingStatus = TranscodingStatus,
    };

    internal void Validate(FieldErrors errors)
    {
        errors.MaxLength("title", Title, Domain.Videos.VideoMetadata.TitleMaxLength);
        errors.MaxLength("description", Description, Domain.Videos.VideoMetadata.DescriptionMaxLength);
        errors.MaxLength("category", Category, Domain.Videos.VideoMetadata.ShortTextMaxLength);
        errors.MaxLength("status", Status, Domain.Videos.VideoMetadata.ShortTextMaxLength);
        errors.MaxLength("thumbnail_filename", ThumbnailFilename, Domain.Videos.VideoMetadata.FilenameMaxLength);
        errors.MaxLength("original_resolution", OriginalResolution, Domain.Videos.VideoMetadata.ShortTextMaxLength);
        errors.MaxLength("original_quality_label", OriginalQualityLabel, Domain.Videos.VideoMetadata.ShortTextMaxLength);
        errors.Positive("course_id", CourseId);
        if (Stopped is not null and not (0 or 1))
        {
            errors.Add("stopped", "stopped must be 0 (playing) or 1 (stopped).");
        }

        if (TranscodingStatus is not null && !TranscodingStatuses.IsValid(TranscodingStatus))
        {
            errors.Add("transcoding_status",
                $"transcoding_status must be one of {string.Join(", ", TranscodingStatuses.All)}.");
        }

        if (!string.IsNullOrEmpty(ScheduledAt) && !DateTime.TryParse(ScheduledAt, CultureInfo.InvariantCulture,
                DateTimeStyles.RoundtripKind, out _))
        {
            errors.Add("scheduled_at", "scheduled_at must be an ISO 8601 date and time, e.g. 2026-12-01T10:00:00Z.");
        }
    }
}
