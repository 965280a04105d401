using System.Text.Json;
using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Domain.Courses;

/// <summary>The fields of a lesson a client may set; null means "not given".</summary>
public sealed record LessonChanges
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
    public const int TypeMaxLength = 50;
    public const int ResourcesMaxLength = 64 * 1024;
    public const int MaxDurationSeconds = 366 * 24 * 3600;

    public int? SectionId { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Type { get; init; }
    public string? VideoId { get; init; }
    public int? Duration { get; init; }
    public int? Order { get; init; }

    /// <summary>A JSON list of objects, as text.</summary>
    public string? Resources { get; init; }

    public bool? Downloadable { get; init; }

    public FieldChecks Check(bool creating)
    {
        var checks = new FieldChecks();
        if (creating)
        {
            checks.Required(nameof(Title), Title, TitleMaxLength).Required(nameof(Type), Type, TypeMaxLength);
            if (Order is null)
            {
                checks.Add(nameof(Order), $"{FieldViolation.Placeholder} is required: the lesson's place in its section, from 1.");
            }

            if (SectionId is null)
            {
                checks.Add(nameof(SectionId), $"{FieldViolation.Placeholder} is required: the section of this course the lesson belongs to.");
            }
        }
        else
        {
            checks.NotBlankWhenGiven(nameof(Title), Title, TitleMaxLength).NotBlankWhenGiven(nameof(Type), Type, TypeMaxLength);
        }

        checks.Paragraphs(nameof(Description), Description, DescriptionMaxLength)
            .Line(nameof(VideoId), VideoId, VideoMetadata.HashMaxLength)
            .Range(nameof(Order), Order, Lesson.MaxOrder)
            .Range(nameof(Duration), Duration, MaxDurationSeconds)
            .Positive(nameof(SectionId), SectionId);
        if (Resources is not null)
        {
            if (Resources.Length > ResourcesMaxLength)
            {
                checks.Add(nameof(Resources), $"{FieldViolation.Placeholder} may be at most {ResourcesMaxLength} characters of JSON.");
            }
            else if (!IsListOfObjects(Resources))
            {
                checks.Add(nameof(Resources), $"{FieldViolation.Placeholder} must be a list of objects, e.g. [{{\"title\": \"Slides\", \"url\": \"…\"}}].");
            }
        }

        return checks;
    }

    private static bool IsListOfObjects(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            return document.RootElement.ValueKind == JsonValueKind.Array &&
                   document.RootElement.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
