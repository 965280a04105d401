using Ardalis.Result;
using Microsoft.AspNetCore.Http.HttpResults;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Api.Http;

/// <summary>The one place a use-case result becomes an HTTP answer (RFC 9457 problem documents for failures).</summary>
public static class ResultHttpExtensions
{
    public static ProblemHttpResult ToProblem(this Ardalis.Result.IResult result)
    {
        var (status, detail) = result.Status switch
        {
            ResultStatus.Invalid => (InvalidStatus(result.ValidationErrors), string.Join(" ", result.ValidationErrors
                .Where(e => e.Severity != ValidationSeverity.Info).Select(e => WireNames.Render(e.ErrorMessage, e.Identifier)).Distinct())),
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
                    .GroupBy(e => WireNames.Of(e.Identifier))
                    .ToDictionary(g => g.Key, g => g.Select(e => WireNames.Render(e.ErrorMessage, e.Identifier)).ToArray()),
            };
        }

        return TypedResults.Problem(detail: detail, statusCode: status, extensions: extensions);
    }

    /// <summary>A problem for input the REST door itself refused before any use case ran.</summary>
    public static ProblemHttpResult ToProblem(this FieldErrors errors) => errors.ToInvalid().ToProblem();

    private static int InvalidStatus(IEnumerable<ValidationError> errors)
    {
        var codes = errors.Select(e => e.ErrorCode).ToHashSet();
        if (codes.Contains(ErrorCodes.StorageFull))
        {
            return StatusCodes.Status507InsufficientStorage;
        }

        if (codes.Contains(ErrorCodes.LimitReached))
        {
            return StatusCodes.Status429TooManyRequests;
        }

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
