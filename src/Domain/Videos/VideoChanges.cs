using System.ComponentModel.DataAnnotations;
using System.Globalization;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Domain.Videos;

/// <summary>
/// The fields of a video a client may set, on create or as a partial update; null means "not given".
/// Unsealed so a use case's input can add its identity fields (hash, course) around the same list.
/// </summary>
public record VideoChanges
{
    public const int TitleMaxLength = 500;
    public const int DescriptionMaxLength = 20_000;
    public const int ShortTextMaxLength = 100;

    /// <summary>A year of video; longer is a mistake, not a lecture.</summary>
    public const double MaxDurationSeconds = 366 * 24 * 3600;

    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }
    public string? Status { get; init; }
    /// <summary>An ISO 8601 date-time, kept as the text the client sent (the old services' column is text).</summary>
    [DataType(DataType.DateTime)]
    public string? ScheduledAt { get; init; }

    public string? ThumbnailFilename { get; init; }
    public string? OriginalResolution { get; init; }
    public string? OriginalQualityLabel { get; init; }
    public double? DurationSeconds { get; init; }
    public bool? Stopped { get; init; }
    public string? TranscodingStatus { get; init; }

    /// <summary>Adds what breaks the video's rules to <paramref name="checks"/>; an empty result means the changes can be applied.</summary>
    public FieldChecks Check(FieldChecks checks)
    {
        checks.Line(nameof(Title), Title, TitleMaxLength)
            .Paragraphs(nameof(Description), Description, DescriptionMaxLength)
            .Line(nameof(Category), Category, ShortTextMaxLength)
            .Line(nameof(Status), Status, ShortTextMaxLength)
            .Line(nameof(ThumbnailFilename), ThumbnailFilename, VideoMetadata.FilenameMaxLength)
            .Line(nameof(OriginalResolution), OriginalResolution, ShortTextMaxLength)
            .Line(nameof(OriginalQualityLabel), OriginalQualityLabel, ShortTextMaxLength)
            .Line(nameof(ScheduledAt), ScheduledAt, ShortTextMaxLength)
            .Range(nameof(DurationSeconds), DurationSeconds, MaxDurationSeconds);
        if (TranscodingStatus is not null && !TranscodingStatuses.IsValid(TranscodingStatus))
        {
            checks.Add(nameof(TranscodingStatus), $"{FieldViolation.Placeholder} must be one of {string.Join(", ", TranscodingStatuses.All)}.");
        }

        if (!string.IsNullOrEmpty(ScheduledAt) && ScheduledAt.Length <= ShortTextMaxLength &&
            !DateTime.TryParse(ScheduledAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
        {
            checks.Add(nameof(ScheduledAt), $"{FieldViolation.Placeholder} must be an ISO 8601 date and time, e.g. 2026-12-01T10:00:00Z.");
        }

        return checks;
    }
}
