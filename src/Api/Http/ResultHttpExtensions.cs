using Ardalis.Result;
using VideoPlatform.Application.Validation;
using HttpResult = Microsoft.AspNetCore.Http.IResult;

namespace VideoPlatform.Api.Http;

/// <summary>The one place a use-case result becomes an HTTP answer (RFC 9457 problem documents for failures).</summary>
public static class ResultHttpExtensions
{
    public static HttpResult ToHttp<T>(this Result<T> result, Func<T, HttpResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : ToProblem(result);

    public static HttpResult ToHttp(this Result result, Func<HttpResult> onSuccess) =>
        result.IsSuccess ? onSuccess() : ToProblem(result);

    public static HttpResult ToProblem(Ardalis.Result.IResult result)
    {
        var (status, detail) = result.Status switch
        {
            ResultStatus.Invalid => (InvalidStatus(result.ValidationErrors), string.Join(" ", result.ValidationErrors
                .Where(e => e.Severity != ValidationSeverity.Info).Select(e => e.ErrorMessage).Distinct())),
            ResultStatus.NotFound => (StatusCodes.Status404NotFound, FirstOr(result.Errors, "Not found")),
            ResultStatus.Conflict => (StatusCodes.Status409Conflict, FirstOr(result.Errors, "The request conflicts with the current state; fetch it and try again.")),
            ResultStatus.Error => (StatusCodes.Status422UnprocessableEntity, FirstOr(result.Errors, "The request could not be carried out.")),
            ResultStatus.Unavailable => (StatusCodes.Status503ServiceUnavailable, FirstOr(result.Errors, "Try again in a moment.")),
            ResultStatus.Forbidden => (StatusCodes.Status403Forbidden, FirstOr(result.Errors, "Forbidden")),
            ResultStatus.Unauthorized => (StatusCodes.Status401Unauthorized, FirstOr(result.Errors, "Unauthorized")),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
        };

        Dictionary<string, object?>? extensions = null;
        if (result.Status == ResultStatus.Invalid)
        {
            extensions = new()
            {
                ["errors"] = result.ValidationErrors
                    .GroupBy(e => e.Identifier ?? string.Empty)
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray()),
            };
        }

        return TypedResults.Problem(detail: detail, statusCode: status, extensions: extensions);
    }

    private static int InvalidStatus(IEnumerable<ValidationError> errors)
    {
        var codes = errors.Select(e => e.ErrorCode).ToHashSet();
        if (codes.Contains(ErrorCodes.TooLarge))
        {
            return StatusCodes.Status413PayloadTooLarge;
        }

        if (codes.Contains(ErrorCodes.Conflict))
        {
            return StatusCodes.Status409Conflict;
        }

        if (codes.Contains(ErrorCodes.UnsupportedMediaType))
        {
            return StatusCodes.Status415UnsupportedMediaType;
        }

        return codes.Overlaps([ErrorCodes.RuleBroken, ErrorCodes.CourseNotFound, ErrorCodes.ChecksumMismatch])
            ? StatusCodes.Status422UnprocessableEntity
            : StatusCodes.Status400BadRequest;
    }

    private static string FirstOr(IEnumerable<string> errors, string fallback) =>
        errors.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e)) ?? fallback;
}
