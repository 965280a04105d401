using System.Diagnostics;

namespace VideoPlatform.Api.Http;

/// <summary>
/// One log line per request, written when the response has been sent: method, path, status, duration and
/// the trace id problem documents and masked GraphQL errors carry, so a client's report leads to its line.
/// The query string is left out: it can hold search terms and tokens.
/// </summary>
public static class RequestLog
{
    public const string Category = "VideoPlatform.Requests";

    /// <summary>The id a request is known by in the log, in problem documents (trace_id) and in masked GraphQL errors.</summary>
    public static string TraceIdOf(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                // A request that threw reaches here as the 500 the exception handler wrote.
                logger.LogInformation("{Method} {Path} {Status} in {Milliseconds:F1} ms, trace {TraceId}",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, TraceIdOf(context));
            }
        });
    }
}
