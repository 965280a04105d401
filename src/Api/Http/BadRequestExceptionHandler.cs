using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace VideoPlatform.Api.Http;

/// <summary>
/// Turns what the framework refuses before a handler runs (malformed JSON, a query value of the wrong
/// type, a wrong content type, a body over the size limit) into a problem document whose detail says what
/// to fix. Anything else is a bug: logged, and answered with a 500 that carries no stack trace.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems, ILogger<BadRequestExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } =>
                (StatusCodes.Status400BadRequest, $"The request body is not valid JSON for this endpoint: {json.Message}"),
            BadHttpRequestException bad => (bad.StatusCode, bad.Message),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred. It has been logged; try again later."),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
        }

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail },
        });
    }
}
