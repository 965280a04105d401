using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace VideoPlatform.Api.Http;

/// <summary>
/// Turns what the framework refuses before a handler runs (malformed JSON, a value of the wrong type, a
/// wrong content type, a body over the size limit) into a problem document whose detail says what to
/// fix, in the wire's words rather than .NET's. Anything else is a bug: logged, and answered with a 500
/// that carries no stack trace.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems, ILogger<BadRequestExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        Dictionary<string, object?>? extensions = null;
        int status;
        string detail;
        switch (exception)
        {
            case BadHttpRequestException { InnerException: JsonException json }:
                var (field, problem) = Describe(json);
                status = StatusCodes.Status400BadRequest;
                detail = $"The request body is not valid JSON for this endpoint: {(field is null ? problem : $"{field} {problem}")}.";
                if (field is not null)
                {
                    extensions = new() { ["errors"] = new Dictionary<string, string[]> { [field] = [$"{field} {problem}."] } };
                }

                break;
            case BadHttpRequestException bad:
                (status, detail) = (bad.StatusCode, bad.Message);
                break;
            default:
                (status, detail) = (StatusCodes.Status500InternalServerError, "An unexpected error occurred. It has been logged; try again later.");
                logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
                break;
        }

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail, Extensions = extensions ?? [] },
        });
    }

    /// <summary>The field at fault (its wire name) and what is wrong with it, without .NET type names.</summary>
    private static (string? Field, string Problem) Describe(JsonException json)
    {
        var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal)
            ? path[2..].Split('.', '[')[0]
            : null;
        var message = json.Message;
        if (message.StartsWith(ZeroOneBooleanConverter.Choices, StringComparison.Ordinal))
        {
            return (field, ZeroOneBooleanConverter.Choices);
        }

        if (field is not null && message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return (field, "has a value of the wrong type (a number, a text or true/false where the other is expected)");
        }

        // A syntax error: the reader's own words, which name positions, not types.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (null, (cut > 0 ? message[..cut] : message).TrimEnd('.'));
    }
}
