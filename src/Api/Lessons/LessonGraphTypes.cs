using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Application.Lessons;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Api.Lessons;

/// <summary>A lesson; its resources are the JSON text they are stored as.</summary>
public sealed class LessonGraphType : AutoRegisteringObjectGraphType<LessonDto>
{
    public LessonGraphType() : base(l => l.Resources)
    {
        Name = "Lesson";
        Field<StringGraphType>("resources")
            .Description("The lesson's resources: a JSON list of objects, as text.")
            .Resolve(c => c.Source.Resources?.GetRawText());
    }
}

public sealed class AddLessonInputGraphType : InputObjectGraphType
{
    public AddLessonInputGraphType()
    {
        Name = "AddLessonInput";
        Field<NonNullGraphType<IntGraphType>>("courseId");
        this.AddFrom<LessonChanges>();
        this.Require(nameof(LessonChanges.SectionId), nameof(LessonChanges.Title), nameof(LessonChanges.Type), nameof(LessonChanges.Order));
    }
}

public sealed class UpdateLessonInputGraphType : InputObjectGraphType
{
    public UpdateLessonInputGraphType()
    {
        Name = "UpdateLessonInput";
        Field<NonNullGraphType<IntGraphType>>("courseId");
        Field<NonNullGraphType<IntGraphType>>("lessonId");
        this.AddFrom<LessonChanges>();
    }
}

public sealed class DeleteLessonInputGraphType : InputObjectGraphType
{
    public DeleteLessonInputGraphType()
    {
        Name = "DeleteLessonInput";
        Field<NonNullGraphType<IntGraphType>>("courseId");
        Field<NonNullGraphType<IntGraphType>>("lessonId");
    }
}
