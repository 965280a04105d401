using System.Text.Json;
using Mapster;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Lessons;

public sealed record LessonDto
{
    public int Id { get; init; }
    public int SectionId { get; init; }
    public string Title { get; init; } = string.Empty;
    public string? Description { get; init; }
    public string Type { get; init; } = string.Empty;
    public string? VideoId { get; init; }
    public int? Duration { get; init; }
    public int Order { get; init; }

    /// <summary>The resources as the JSON they are (a list of objects), or null.</summary>
    public JsonElement? Resources { get; init; }

    public bool Downloadable { get; init; }
}

public sealed class LessonMappings : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<Lesson, LessonDto>()
        .Map(d => d.Resources, s => Parse(s.Resources))
        .Map(d => d.Downloadable, s => s.Downloadable ?? false);

    // Rows the old service wrote may hold anything; what does not parse is shown as no resources.
    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

internal static class LessonErrors
{
    public const string NotFound = "Lesson not found";
    public const string InvalidSection = "Invalid section";
}
