using GraphQL.Types;
using VideoPlatform.Api.CourseVideos;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Batching;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Courses.BrowseCourses;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Api.Courses;

public sealed class CourseGraphType : ObjectGraphType<CourseDto>
{
    public CourseGraphType()
    {
        Name = "Course";
        Field(x => x.Id);
        Field(x => x.Title);
        Field(x => x.Subtitle, nullable: true);
        Field(x => x.Description, nullable: true);
        Field(x => x.Category, nullable: true);
        Field(x => x.Subcategory, nullable: true);
        Field(x => x.Level, nullable: true);
        Field(x => x.Language, nullable: true);
        Field(x => x.Price, nullable: true);
        Field(x => x.Currency, nullable: true);
        Field(x => x.Status, nullable: true);
        Field(x => x.ThumbnailUrl, nullable: true);
        Field(x => x.PromoVideoId, nullable: true);
        Field(x => x.CreatedAt, nullable: true);
        Field(x => x.UpdatedAt, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseVideoGraphType>>>>("videos")
            .Description("The course's videos, including those the old system left in videos.db, in upload order.")
            .Resolve(c => c.RequestServices!.GetRequiredService<RequestLoaders>().CourseVideos.Load(c.Source.Id));
    }
}

public sealed class CoursesConnectionGraphType() : ConnectionGraphType<CourseGraphType, CoursesEdgeGraphType, CourseDto>("Courses");

public sealed class CoursesEdgeGraphType() : EdgeGraphType<CourseGraphType, CourseDto>("Courses");

public sealed class CourseFilterInputGraphType() : FilterInputGraphType<CourseFilterInputGraphType, Course>("Course", BrowseCoursesHandler.Fields);

public sealed class CourseSortInputGraphType() : SortInputGraphType<Course>("Course", BrowseCoursesHandler.Fields);

public sealed class CreateCourseInputGraphType : InputObjectGraphType
{
    public CreateCourseInputGraphType()
    {
        Name = "CreateCourseInput";
        Field<NonNullGraphType<StringGraphType>>("title");
        CourseInputs.AddOptionalFields(this);
    }
}

public sealed class UpdateCourseInputGraphType : InputObjectGraphType
{
    public UpdateCourseInputGraphType()
    {
        Name = "UpdateCourseInput";
        Field<NonNullGraphType<IntGraphType>>("id");
        Field<StringGraphType>("title");
        CourseInputs.AddOptionalFields(this);
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

internal static class CourseInputs
{
    public static void AddOptionalFields(InputObjectGraphType type)
    {
        type.Optional<StringGraphType>("subtitle", "description", "category", "subcategory", "level", "language");
        type.Field<FloatGraphType>("price");
        type.Optional<StringGraphType>("currency", "status", "thumbnailUrl", "promoVideoId");
    }

    public static CourseFields Read(IDictionary<string, object?> input) => new()
    {
        Title = input.Text("title"),
        Subtitle = input.Text("subtitle"),
        Description = input.Text("description"),
        Category = input.Text("category"),
        Subcategory = input.Text("subcategory"),
        Level = input.Text("level"),
        Language = input.Text("language"),
        Price = input.Get<double?>("price"),
        Currency = input.Text("currency"),
        Status = input.Text("status"),
        ThumbnailUrl = input.Text("thumbnailUrl"),
        PromoVideoId = input.Text("promoVideoId"),
    };
}
