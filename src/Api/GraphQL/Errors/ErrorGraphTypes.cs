using GraphQL.Types;

namespace VideoPlatform.Api.GraphQL.Errors;

/// <summary>A field of the input that breaks a rule.</summary>
public sealed record ValidationProblem(string Message, string Field);

public sealed record CourseNotFound(string Message, int? CourseId);

public sealed record VideoNotFound(string Message, string Hash);

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
