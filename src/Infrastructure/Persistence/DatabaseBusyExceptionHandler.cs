using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>
/// A database that stayed locked by another writer past the busy timeout is a transient condition, not a
/// bug: the request changed nothing (its transaction rolled back, its use case undid what it had done
/// outside the database) and can be repeated. Answered 503 with Retry-After instead of a 500.
/// </summary>
internal sealed class DatabaseBusyExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseBusyExceptionHandler> logger) : IExceptionHandler
{
    private const int Busy = 5;    // SQLITE_BUSY
    private const int Locked = 6;  // SQLITE_LOCKED

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var sqlite = exception as SqliteException ?? (exception as DbUpdateException)?.InnerException as SqliteException;
        if (sqlite is not { SqliteErrorCode: Busy or Locked })
        {
            return false;
        }

        logger.LogWarning("The database was busy past the timeout for {Method} {Path}", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Detail = "The database is busy with another writer; nothing was changed. Retry in a few seconds.",
            },
        });
    }
}
