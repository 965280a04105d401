using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using VideoPlatform.Api.CourseVideos;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Batching;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Api.Sections;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Courses.ListCourses;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Api.Courses;

/// <summary>A course: every field of the read model, plus its videos.</summary>
public sealed class CourseGraphType : AutoRegisteringObjectGraphType<CourseDto>
{
    public CourseGraphType()
    {
        Name = "Course";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseVideoGraphType>>>>("videos")
            .Description("The course's videos, including those the old system left in videos.db, in upload order.")
            .Resolve().WithService<RequestLoaders>()
            .Resolve((c, loaders) => loaders.CourseVideos.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionGraphType>>>>("sections")
            .Description("The course's sections, in order, each with its lessons.")
            .WithComplexityImpact(1, Outline.ExpectedParts)
            .Resolve().WithService<RequestLoaders>()
            .Resolve((c, loaders) => loaders.Sections.Load(c.Source.Id));
    }
}

public sealed class CoursesConnectionGraphType() : ConnectionGraphType<CourseGraphType, CoursesEdgeGraphType, CourseDto>("Courses");

public sealed class CoursesEdgeGraphType() : EdgeGraphType<CourseGraphType, CourseDto>("Courses");

public sealed class CourseFilterInputGraphType() : FilterInputGraphType<CourseFilterInputGraphType, Course>("Course", ListCoursesHandler.Fields);

public sealed class CourseSortInputGraphType() : SortInputGraphType<Course>("Course", ListCoursesHandler.Fields);

public sealed class CreateCourseInputGraphType : InputObjectGraphType
{
    public CreateCourseInputGraphType()
    {
        Name = "CreateCourseInput";
        this.AddFrom<CourseChanges>();
        this.Require(nameof(CourseChanges.Title));
    }
}

public sealed class UpdateCourseInputGraphType : InputObjectGraphType
{
    public UpdateCourseInputGraphType()
    {
        Name = "UpdateCourseInput";
        Field<NonNullGraphType<IntGraphType>>("id");
        this.AddFrom<CourseChanges>();
    }
}

public sealed class DeleteCourseInputGraphType : InputObjectGraphType
{
    public DeleteCourseInputGraphType()
    {
        Name = "DeleteCourseInput";
        Field<NonNullGraphType<IntGraphType>>("id");
    }
}

public sealed class PublishCourseInputGraphType : InputObjectGraphType
{
    public PublishCourseInputGraphType()
    {
        Name = "PublishCourseInput";
        Field<NonNullGraphType<IntGraphType>>("id");
    }
}

public sealed class AssignCourseOwnerInputGraphType : InputObjectGraphType
{
    public AssignCourseOwnerInputGraphType()
    {
        Name = "AssignCourseOwnerInput";
        Field<NonNullGraphType<IntGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("ownerId").Description("The new owner's id: their token's sub.");
    }
}

public sealed class UnpublishCourseInputGraphType : InputObjectGraphType
{
    public UnpublishCourseInputGraphType()
    {
        Name = "UnpublishCourseInput";
        Field<NonNullGraphType<IntGraphType>>("id");
    }
}
