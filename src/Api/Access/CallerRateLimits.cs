using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace VideoPlatform.Api.Access;

/// <summary>The <c>RateLimits</c> section: how many writes, and how many upload starts, one caller may make per window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public WindowLimit Writes { get; set; } = new() { PermitLimit = 600 };

    public WindowLimit UploadStarts { get; set; } = new() { PermitLimit = 60 };
}

public sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Marks the endpoints that start an upload; each costs an upload start as well as a write.</summary>
public sealed class StartsUploadMetadata
{
    public static readonly StartsUploadMetadata Instance = new();
}

/// <summary>
/// ASP.NET Core's rate limiter, per caller (a signed-in caller by their id, anyone else by address): every
/// write (POST, PUT, PATCH, DELETE) takes a permit from <see cref="RateLimitOptions.Writes"/>, and starting an
/// upload one from <see cref="RateLimitOptions.UploadStarts"/> too. Chunks are not counted (the open-upload
/// bound and the chunk count bound them); GraphQL counts each mutation field through <see cref="TryWrite"/>,
/// because a POST to /graphql is as often a query.
/// </summary>
internal sealed class CallerRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _writes;
    private readonly PartitionedRateLimiter<HttpContext> _uploadStarts;

    public CallerRateLimits(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _writes = PerCaller(limits.Writes, context => !HttpMethods.IsGet(context.Request.Method) &&
                                                      !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method));
        _uploadStarts = PerCaller(limits.UploadStarts, context => context.GetEndpoint()?.Metadata.GetMetadata<StartsUploadMetadata>() is not null);
        Requests = PartitionedRateLimiter.CreateChained(_writes, _uploadStarts);
    }

    /// <summary>The limiter the middleware applies to every request (endpoints can opt out with <c>DisableRateLimiting</c>).</summary>
    public PartitionedRateLimiter<HttpContext> Requests { get; }

    /// <summary>One write's permit for a GraphQL mutation field; null when granted, else how long to wait.</summary>
    public TimeSpan? TryWrite(HttpContext context)
    {
        using var lease = _writes.AttemptAcquire(context);
        return lease.IsAcquired ? null : RetryAfter(lease);
    }

    public static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);

    /// <summary>The 429 the middleware answers: a problem document and <c>Retry-After</c>.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var wait = Math.Max(1, (int)Math.Ceiling(RetryAfter(rejected.Lease).TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = $"Too many changes from you in a short time; try again in {wait} s. The limits are in the RateLimits settings.",
            },
        });
    }

    public void Dispose()
    {
        Requests.Dispose();
        _writes.Dispose();
        _uploadStarts.Dispose();
    }

    /// <summary>The caller's partition: their id when signed in, their address otherwise.</summary>
    private static string CallerKey(HttpContext context) =>
        context.User.FindFirst(AccessClaims.Subject)?.Value is { } id
            ? $"id:{id}"
            : $"ip:{context.Connection.RemoteIpAddress}";

    /// <summary>A fixed window per caller for the requests <paramref name="counts"/> picks; the rest pass free.</summary>
    private static PartitionedRateLimiter<HttpContext> PerCaller(WindowLimit limit, Func<HttpContext, bool> counts) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => counts(context)
            ? RateLimitPartition.GetFixedWindowLimiter(CallerKey(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter(string.Empty));
}
