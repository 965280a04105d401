using System.Globalization;
using Ardalis.Result;
using IResult = Microsoft.AspNetCore.Http.IResult;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VideoPlatform.Api.Access;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Application.Uploads.AbortUpload;
using VideoPlatform.Application.Uploads.AppendToUpload;
using VideoPlatform.Application.Uploads.GetUploadOffset;
using VideoPlatform.Application.Uploads.InitUpload;
using VideoPlatform.Application.Uploads.JoinUploads;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Api.Uploads.Tus;

/// <summary>
/// The tus 1.0 resumable upload protocol under /files, so Uppy, tus-js-client and the tus clients for other
/// platforms upload unchanged. A front door over the same use cases and staging as the chunked upload: the
/// headers become commands here, and a finished upload becomes a video in the database its course decides.
/// </summary>
public static class TusEndpoints
{
    /// <summary>tus's status for a body that does not match its Upload-Checksum.</summary>
    public const int ChecksumMismatchStatus = 460;

    public static IEndpointRouteBuilder MapTus(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/files").WithTags("Uploads (tus)").AddEndpointFilter(RequireTusVersion);
        files.MapMethods("/", ["OPTIONS"], Capabilities).AllowAnonymous().Produces(StatusCodes.Status204NoContent)
            .WithSummary("What this tus server supports (Tus-Version, Tus-Extension, Tus-Max-Size, Tus-Checksum-Algorithm)");
        files.MapMethods("/{uploadId}", ["OPTIONS"], Capabilities).AllowAnonymous().Produces(StatusCodes.Status204NoContent)
            .WithSummary("What this tus server supports");
        files.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.Author).WithMetadata(StartsUploadMetadata.Instance)
            .Accepts(typeof(Stream), isOptional: true, TusHeaders.OffsetContentType).Produces(StatusCodes.Status201Created)
            .WithSummary("Start an upload: Upload-Length and Upload-Metadata (filename, course_id, title); a body is its first bytes; Upload-Concat joins parts");
        files.MapMethods("/{uploadId}", ["HEAD"], HeadAsync).Produces(StatusCodes.Status200OK)
            .WithSummary("Where an upload stands: Upload-Offset, and Upload-Hash once it is a video");
        files.MapMethods("/{uploadId}", ["PATCH"], PatchAsync).RequireAuthorization(AccessPolicies.Author).DisableRateLimiting()
            .Accepts<Stream>(TusHeaders.OffsetContentType).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Send bytes from the upload's offset (Upload-Offset, Upload-Checksum); the last byte completes it");
        files.MapDelete("/{uploadId}", DeleteAsync).RequireAuthorization(AccessPolicies.Author).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Abort an upload and remove its bytes (tus termination)");
        files.MapGet("/{uploadId}", GetAsync).WithSummary("An upload's offset and, once finished, its video hash, as JSON");
        files.MapPost("/{uploadId}", OverriddenAsync).RequireAuthorization(AccessPolicies.Author).DisableRateLimiting()
            .Accepts(typeof(Stream), isOptional: true, TusHeaders.OffsetContentType)
            .WithSummary("PATCH, HEAD or DELETE sent as POST with X-HTTP-Method-Override, for networks that only pass GET and POST");
        return app;
    }

    private static IResult Capabilities(HttpContext context, IOptions<UploadOptions> options)
    {
        var headers = context.Response.Headers;
        headers["Tus-Version"] = TusHeaders.Version;
        headers["Tus-Extension"] = TusHeaders.Extensions;
        headers["Tus-Max-Size"] = options.Value.MaxFileBytes.ToString(CultureInfo.InvariantCulture);
        headers["Tus-Checksum-Algorithm"] = TusHeaders.ChecksumAlgorithms;
        return TypedResults.NoContent();
    }

    private static async Task<IResult> CreateAsync(
        HttpContext context, InitUploadHandler start, JoinUploadsHandler join, AppendToUploadHandler append, IOptions<UploadOptions> options, CancellationToken ct)
    {
        var request = context.Request;
        var errors = new FieldErrors();
        if (request.Headers.ContainsKey(TusHeaders.UploadDeferLength))
        {
            return BadRequest($"Send {TusHeaders.UploadLength}: this server takes uploads whose length is known at the start (no creation-defer-length).");
        }

        var malformed = new[]
        {
            TusHeaders.TryReadMetadata(request.Headers[TusHeaders.UploadMetadata], out var metadata),
            TusHeaders.TryReadConcat(request.Headers[TusHeaders.UploadConcat], out var partial, out var parts),
            TusHeaders.TryReadChecksum(request.Headers[TusHeaders.UploadChecksum], out var digest),
        }.FirstOrDefault(problem => problem is not null);
        if (malformed is not null)
        {
            return BadRequest(malformed);
        }

        var length = TusHeaders.ByteCount(request.Headers[TusHeaders.UploadLength]);
        if (parts is not null && request.Headers.ContainsKey(TusHeaders.UploadLength))
        {
            return BadRequest($"A final upload ({TusHeaders.UploadConcat}: final) takes its length from its parts; leave out {TusHeaders.UploadLength}.");
        }

        if (parts is null && length is null)
        {
            return BadRequest($"{TusHeaders.UploadLength} must be the file's size in bytes, a whole number.");
        }

        var filename = metadata.GetValueOrDefault("filename") ?? metadata.GetValueOrDefault("name");
        var courseId = FormFields.CourseId(metadata.GetValueOrDefault("course_id"), errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var title = metadata.GetValueOrDefault("title");
        var started = parts is not null
            ? await join.HandleAsync(new JoinUploadsCommand(parts, filename, courseId, title, metadata), ct)
            : await StartAsync(start, new StartStreamedUploadCommand(filename, length!.Value, courseId, title, metadata, partial), ct);
        if (!started.IsSuccess)
        {
            return started.ToProblem();
        }

        var progress = started.Value;
        context.Response.Headers.Location = $"{request.PathBase}/files/{progress.Session.UploadId}";
        if (parts is null && IsOffsetStream(request) && (request.ContentLength ?? 1) > 0)
        {
            UploadEndpoints.AllowBody(context, options.Value.MaxFileBytes);
            var sent = await append.HandleAsync(new AppendToUploadCommand(progress.Session.UploadId, 0, request.Body, digest, request.ContentLength), ct);
            if (!sent.IsSuccess)
            {
                return ToProblem(sent); // Location tells the client where to resume, when it can
            }

            progress = sent.Value;
        }

        Describe(context.Response, progress);
        return TypedResults.StatusCode(StatusCodes.Status201Created);
    }

    private static async Task<Result<UploadProgress>> StartAsync(InitUploadHandler start, StartStreamedUploadCommand command, CancellationToken ct)
    {
        var started = await start.HandleAsync(command, ct);
        return started.IsSuccess ? UploadProgress.Of(started.Value, 0) : started.Map(_ => default(UploadProgress)!);
    }

    private static async Task<IResult> HeadAsync(HttpContext context, string uploadId, GetUploadOffsetHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(uploadId, ct);
        if (!result.IsSuccess)
        {
            return ToProblem(result);
        }

        context.Response.Headers.CacheControl = "no-store";
        Describe(context.Response, result.Value);
        return TypedResults.Ok();
    }

    private static async Task<IResult> PatchAsync(
        HttpContext context, string uploadId, AppendToUploadHandler handler, IOptions<UploadOptions> options, CancellationToken ct)
    {
        var request = context.Request;
        if (!IsOffsetStream(request))
        {
            return TypedResults.Problem(detail: $"Send the bytes with Content-Type: {TusHeaders.OffsetContentType}.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (TusHeaders.ByteCount(request.Headers[TusHeaders.UploadOffset]) is not { } offset)
        {
            return BadRequest($"{TusHeaders.UploadOffset} must be the offset the bytes start at (ask with HEAD), a whole number.");
        }

        if (TusHeaders.TryReadChecksum(request.Headers[TusHeaders.UploadChecksum], out var digest) is { } malformed)
        {
            return BadRequest(malformed);
        }

        UploadEndpoints.AllowBody(context, options.Value.MaxFileBytes);
        var result = await handler.HandleAsync(new AppendToUploadCommand(uploadId, offset, request.Body, digest, request.ContentLength), ct);
        if (!result.IsSuccess)
        {
            return ToProblem(result);
        }

        Describe(context.Response, result.Value);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> DeleteAsync(string uploadId, AbortUploadHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(uploadId, ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.ToProblem();
    }

    private static async Task<Results<Ok<TusUploadStatus>, ProblemHttpResult>> GetAsync(string uploadId, GetUploadOffsetHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(uploadId, ct);
        return result.IsSuccess ? TypedResults.Ok(TusUploadStatus.From(result.Value)) : result.ToProblem();
    }

    /// <summary>tus lets a client behind a proxy that drops PATCH send it as a POST naming the method it means.</summary>
    private static async Task<IResult> OverriddenAsync(HttpContext context, string uploadId, AppendToUploadHandler append, GetUploadOffsetHandler offset,
        AbortUploadHandler abort, IOptions<UploadOptions> options, CancellationToken ct) =>
        context.Request.Headers["X-HTTP-Method-Override"].ToString().ToUpperInvariant() switch
        {
            "PATCH" => await PatchAsync(context, uploadId, append, options, ct),
            "HEAD" => await HeadAsync(context, uploadId, offset, ct),
            "DELETE" => await DeleteAsync(uploadId, abort, ct),
            _ => TypedResults.Problem(detail: "POST to an upload's URL must carry X-HTTP-Method-Override: PATCH, HEAD or DELETE.",
                statusCode: StatusCodes.Status405MethodNotAllowed),
        };

    /// <summary>The headers every answer about an upload carries.</summary>
    private static void Describe(HttpResponse response, UploadProgress progress)
    {
        var headers = response.Headers;
        var session = progress.Session;
        headers[TusHeaders.UploadOffset] = progress.Offset.ToString(CultureInfo.InvariantCulture);
        headers[TusHeaders.UploadLength] = progress.Length.ToString(CultureInfo.InvariantCulture);
        if (session.ClientMetadata is { Count: > 0 } metadata)
        {
            headers[TusHeaders.UploadMetadata] = TusHeaders.WriteMetadata(metadata);
        }

        if (session.IsPartial)
        {
            headers[TusHeaders.UploadConcat] = "partial";
        }

        if (progress.Completed is { } video)
        {
            headers[TusHeaders.UploadHash] = video.Hash;
        }
        else
        {
            headers[TusHeaders.UploadExpires] = TusHeaders.Date(session.ExpiresAt);
        }
    }

    /// <summary>Every request but OPTIONS names the protocol version (tus 1.0 requires it), and every answer does.</summary>
    private static async ValueTask<object?> RequireTusVersion(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        context.Response.Headers[TusHeaders.Resumable] = TusHeaders.Version;
        var method = context.Request.Method;
        if (!HttpMethods.IsOptions(method) && !HttpMethods.IsGet(method) && context.Request.Headers[TusHeaders.Resumable] != TusHeaders.Version)
        {
            context.Response.Headers["Tus-Version"] = TusHeaders.Version;
            return TypedResults.Problem(
                detail: $"Send {TusHeaders.Resumable}: {TusHeaders.Version} with every tus request; it is the only version this server speaks.",
                statusCode: StatusCodes.Status412PreconditionFailed);
        }

        return await next(invocation);
    }

    private static bool IsOffsetStream(HttpRequest request) =>
        request.ContentType is { } type && type.Split(';')[0].Trim().Equals(TusHeaders.OffsetContentType, StringComparison.OrdinalIgnoreCase);

    private static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>As any use-case failure, except that tus gives a checksum mismatch a status of its own.</summary>
    private static ProblemHttpResult ToProblem<T>(Result<T> result)
    {
        var problem = result.ToProblem();
        if (result.ValidationErrors.All(e => e.ErrorCode != ErrorCodes.ChecksumMismatch))
        {
            return problem;
        }

        problem.ProblemDetails.Status = ChecksumMismatchStatus;
        return TypedResults.Problem(problem.ProblemDetails);
    }
}

/// <summary>GET /files/{id}: where an upload stands, and the video it became.</summary>
public sealed record TusUploadStatus(string UploadId, long Offset, long Length, string State, DateTime? ExpiresAt, string? Hash, string? Sha256)
{
    public static TusUploadStatus From(UploadProgress progress) => new(
        progress.Session.UploadId, progress.Offset, progress.Length, progress.Completed is null ? "uploading" : "completed",
        progress.Completed is null ? progress.Session.ExpiresAt : null, progress.Completed?.Hash, progress.Completed?.Sha256);
}
