using Mapster;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Sections;

public sealed record SectionDto
{
    public int Id { get; init; }
    public int CourseId { get; init; }
    public string Title { get; init; } = string.Empty;
    public int Order { get; init; }
    public IReadOnlyList<string> LearningObjectives { get; init; } = [];
}

public sealed class SectionMappings : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<Section, SectionDto>()
        .Map(d => d.LearningObjectives, s => s.LearningObjectives ?? Array.Empty<string>());
}

internal static class SectionErrors
{
    public const string NotFound = "Section not found";
}
