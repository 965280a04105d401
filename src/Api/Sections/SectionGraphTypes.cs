using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Batching;
using VideoPlatform.Api.Lessons;
using VideoPlatform.Application.Sections;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Api.Sections;

/// <summary>What a course outline is expected to hold, for the complexity score: a course has a few
/// sections, a section a few lessons (far fewer than a course has videos).</summary>
public static class Outline
{
    public const int ExpectedParts = 20;
}

/// <summary>A section of a course, with its lessons in order.</summary>
public sealed class SectionGraphType : AutoRegisteringObjectGraphType<SectionDto>
{
    public SectionGraphType()
    {
        Name = "Section";
        GetField(nameof(SectionDto.LearningObjectives))!.WithComplexityImpact(1);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LessonGraphType>>>>("lessons")
            .Description("The section's lessons, in order.")
            .WithComplexityImpact(1, Outline.ExpectedParts)
            .Resolve().WithService<RequestLoaders>()
            .Resolve((c, loaders) => loaders.Lessons.Load(c.Source.Id));
    }
}

public sealed class AddSectionInputGraphType : InputObjectGraphType
{
    public AddSectionInputGraphType()
    {
        Name = "AddSectionInput";
        Field<NonNullGraphType<IntGraphType>>("courseId");
        this.AddFrom<SectionChanges>();
        this.Require(nameof(SectionChanges.Title), nameof(SectionChanges.Order));
    }
}

public sealed class UpdateSectionInputGraphType : InputObjectGraphType
{
    public UpdateSectionInputGraphType()
    {
        Name = "UpdateSectionInput";
        Field<NonNullGraphType<IntGraphType>>("courseId");
        Field<NonNullGraphType<IntGraphType>>("sectionId");
        this.AddFrom<SectionChanges>();
    }
}

public sealed class DeleteSectionInputGraphType : InputObjectGraphType
{
    public DeleteSectionInputGraphType()
    {
        Name = "DeleteSectionInput";
        Field<NonNullGraphType<IntGraphType>>("courseId");
        Field<NonNullGraphType<IntGraphType>>("sectionId");
    }
}
