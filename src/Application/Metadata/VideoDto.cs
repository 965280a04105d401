namespace VideoPlatform.Application.Metadata;

/// <summary>A video as every front door reads it, the same for both tables (the entity's fields, by name).</summary>
public sealed record VideoDto
{
    public int Id { get; init; }
    public string Hash { get; init; } = string.Empty;
    public string? Filename { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }
    public string? Status { get; init; }
    public string? ThumbnailFilename { get; init; }
    public string? OriginalResolution { get; init; }
    public string? OriginalQualityLabel { get; init; }
    public double? DurationSeconds { get; init; }
    public bool Stopped { get; init; }
    public string? TranscodingStatus { get; init; }
    public DateTime? CreatedAt { get; init; }
    public string? ScheduledAt { get; init; }
    public int? CourseId { get; init; }

    /// <summary>How far processing has got (0 to 1), while it runs.</summary>
    public double? ProcessingProgress { get; init; }

    /// <summary>Why processing failed, for an operator.</summary>
    public string? ProcessingError { get; init; }
}

/// <summary>The answer of a metadata upsert: the video as stored, and whether the row is new.</summary>
public sealed record VideoCreated(VideoDto Video, bool IsNew);
