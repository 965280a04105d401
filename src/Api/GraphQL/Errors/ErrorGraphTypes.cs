using GraphQL.Types;

namespace VideoPlatform.Api.GraphQL.Errors;

/// <summary>A field of the input that breaks a rule.</summary>
public sealed record ValidationProblem(string Message, string Field);

public sealed record CourseNotFound(string Message, int? CourseId);

public sealed record VideoNotFound(string Message, string Hash);

public sealed record SectionNotFound(string Message, int SectionId);

public sealed record LessonNotFound(string Message, int LessonId);

public sealed record CategoryNotFound(string Message, int CategoryId);

/// <summary>HotChocolate's mutation-convention <c>interface Error { message: String! }</c>.</summary>
public sealed class ErrorInterfaceGraphType : InterfaceGraphType
{
    public ErrorInterfaceGraphType()
    {
        Name = "Error";
        Field<NonNullGraphType<StringGraphType>>("message");
    }
}

public sealed class ValidationErrorGraphType : ObjectGraphType<ValidationProblem>
{
    public ValidationErrorGraphType()
    {
        Name = "ValidationError";
        Field(x => x.Message);
        Field(x => x.Field).Description("The input field at fault, camelCase.");
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = o => o is ValidationProblem;
    }
}

public sealed class CourseNotFoundErrorGraphType : ObjectGraphType<CourseNotFound>
{
    public CourseNotFoundErrorGraphType()
    {
        Name = "CourseNotFoundError";
        Field(x => x.Message);
        Field(x => x.CourseId, nullable: true);
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = o => o is CourseNotFound;
    }
}

public sealed class VideoNotFoundErrorGraphType : ObjectGraphType<VideoNotFound>
{
    public VideoNotFoundErrorGraphType()
    {
        Name = "VideoNotFoundError";
        Field(x => x.Message);
        Field(x => x.Hash);
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = o => o is VideoNotFound;
    }
}

public sealed class SectionNotFoundErrorGraphType : ObjectGraphType<SectionNotFound>
{
    public SectionNotFoundErrorGraphType()
    {
        Name = "SectionNotFoundError";
        Field(x => x.Message);
        Field(x => x.SectionId);
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = o => o is SectionNotFound;
    }
}

public sealed class LessonNotFoundErrorGraphType : ObjectGraphType<LessonNotFound>
{
    public LessonNotFoundErrorGraphType()
    {
        Name = "LessonNotFoundError";
        Field(x => x.Message);
        Field(x => x.LessonId);
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = o => o is LessonNotFound;
    }
}

public sealed class CategoryNotFoundErrorGraphType : ObjectGraphType<CategoryNotFound>
{
    public CategoryNotFoundErrorGraphType()
    {
        Name = "CategoryNotFoundError";
        Field(x => x.Message);
        Field(x => x.CategoryId);
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = o => o is CategoryNotFound;
    }
}
