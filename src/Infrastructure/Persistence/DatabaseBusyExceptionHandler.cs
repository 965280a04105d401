using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.Logging;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>
/// A database that stayed locked by another writer past the busy timeout (or, on PostgreSQL, a transient
/// failure) is a condition to wait out, not a bug: the request changed nothing (its transaction rolled
/// back, its use case undid what it had done outside the database) and can be repeated. Answered 503 with
/// Retry-After instead of a 500.
/// </summary>
internal sealed class DatabaseBusyExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseBusyExceptionHandler> logger) : IExceptionHandler
{
    private const int Busy = 5;    // SQLITE_BUSY
    private const int Locked = 6;  // SQLITE_LOCKED

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (!Causes(exception).Any(IsTransient))
        {
            return false;
        }

        logger.LogWarning(exception, "The database was busy or unreachable for {Method} {Path}", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Detail = "The database is busy with another writer, or out of reach for a moment; nothing was changed. Retry in a few seconds.",
            },
        });
    }

    /// <summary>
    /// The exception and what it wraps: EF wraps the provider's exception in a DbUpdateException on save, and
    /// in an InvalidOperationException ("likely due to a transient failure") on PostgreSQL queries.
    /// </summary>
    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
        }
    }

    /// <summary>
    /// SQLite: locked past the busy timeout. PostgreSQL: what Npgsql calls transient (a lost connection, a
    /// server shutting down, a serialization failure or deadlock the server chose this request to lose).
    /// </summary>
    private static bool IsTransient(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is Busy or Locked,
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    };
}
