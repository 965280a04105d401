using Ardalis.Result;
using GraphQL;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Api.GraphQL.Errors;

/// <summary>
/// The one place a use-case result becomes GraphQL: typed errors in a mutation payload, or an error with
/// a stable <c>extensions.code</c> for a query. Field names are written the GraphQL way (camelCase).
/// </summary>
public static class ResultGraphQLExtensions
{
    /// <summary>The value, or an <see cref="ExecutionError"/> whose code names the failure.</summary>
    public static T ValueOrThrow<T>(this Result<T> result)
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        var errors = result.ValidationErrors.Where(e => e.Severity != ValidationSeverity.Info)
            .Select(e => GraphQLNames.Render(e.ErrorMessage, e.Identifier))
            .Concat(result.Errors).ToList();
        throw new ExecutionError(string.Join(" ", errors)) { Code = Code(result) };
    }

    /// <summary>The payload's typed errors for a failed result; <paramref name="notFound"/> types a not-found (by default a course, or a video when a hash is given).</summary>
    public static IReadOnlyList<object> ToPayloadErrors(this Ardalis.Result.IResult result, int? courseId = null, string? hash = null, Func<string, object>? notFound = null)
    {
        // A refusal is not something the input can fix: an error, as HotChocolate's authorization raises it.
        if (result.Status is ResultStatus.Unauthorized or ResultStatus.Forbidden)
        {
            throw new ExecutionError(string.Join(" ", result.Errors)) { Code = Code(result) };
        }

        var errors = result.ValidationErrors.Where(e => e.Severity != ValidationSeverity.Info).Select(e =>
            {
                var message = GraphQLNames.Render(e.ErrorMessage, e.Identifier);
                return e.ErrorCode == ErrorCodes.CourseNotFound
                    ? (object)new CourseNotFound(message, courseId)
                    : new ValidationProblem(message, GraphQLNames.Of(e.Identifier));
            })
            .ToList();
        foreach (var message in result.Errors)
        {
            errors.Add(result.Status == ResultStatus.NotFound
                ? notFound?.Invoke(message) ?? (hash is not null ? new VideoNotFound(message, hash) : new CourseNotFound(message, courseId))
                : new ValidationProblem(message, string.Empty));
        }

        return errors;
    }

    private static string Code(Ardalis.Result.IResult result) => result.Status switch
    {
        ResultStatus.NotFound => "NOT_FOUND",
        ResultStatus.Unauthorized => FieldAccess.NotAuthenticated,
        ResultStatus.Forbidden => FieldAccess.NotAuthorized,
        ResultStatus.Conflict => "CONFLICT",
        // HotChocolate's code for a page over the maximum, which clients generated against it match on.
        ResultStatus.Invalid when result.ValidationErrors.Any(e => e.ErrorCode == ErrorCodes.PageTooLarge) => "HC0051",
        ResultStatus.Invalid when result.ValidationErrors.Any(e => e.ErrorCode == ErrorCodes.TooLarge) => "TOO_LARGE",
        ResultStatus.Invalid => "INVALID",
        _ => "UNPROCESSABLE",
    };
}
