using VideoPlatform.Api.Access;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Application.Uploads.AbortUpload;
using VideoPlatform.Application.Uploads.CompleteUpload;
using VideoPlatform.Application.Uploads.GetUpload;
using VideoPlatform.Application.Uploads.InitUpload;
using VideoPlatform.Application.Uploads.UploadChunk;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Api.Uploads;

/// <summary>
/// The chunked upload the deployed clients speak (multipart forms, docs/rest-api.md), under /upload and under
/// /api/courses/{course_id}/upload, plus resume (GET), abort (DELETE) and a raw PUT for scripts. The form's
/// text becomes typed commands here; the use cases never see the wire's quirks.
/// </summary>
public static class UploadEndpoints
{
    // Room for the multipart boundaries and form fields around a chunk of the maximum size.
    private const long MultipartOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapUploads(this IEndpointRouteBuilder app)
    {
        var uploads = app.MapGroup("/upload").WithTags("Uploads");
        uploads.MapPost("/init", (HttpRequest request, InitUploadHandler handler, CancellationToken ct) => InitAsync(request, null, handler, ct))
            .RequireAuthorization(AccessPolicies.Author).WithMetadata(StartsUploadMetadata.Instance).WithSummary("Start a chunked upload");
        uploads.MapPost("/chunk", (HttpContext context, UploadChunkHandler handler, ChunkScratch scratch, IOptions<UploadOptions> options, CancellationToken ct) =>
            ChunkAsync(context, null, handler, scratch, options.Value, ct))
            .RequireAuthorization(AccessPolicies.Author).DisableRateLimiting().WithSummary("Send one chunk as a form");
        uploads.MapPost("/complete", (HttpRequest request, CompleteUploadHandler handler, CancellationToken ct) => CompleteAsync(request, null, handler, ct)).RequireAuthorization(AccessPolicies.Author)
            .WithSummary("Finish an upload: the chunks become the video");
        uploads.MapGet("/{uploadId}", GetAsync).WithSummary("What the service has of an upload (to resume it)");
        uploads.MapDelete("/{uploadId}", AbortAsync).RequireAuthorization(AccessPolicies.Author).WithSummary("Abort an upload and remove its chunks");
        uploads.MapPut("/{uploadId}/chunks/{index}", PutChunkAsync).RequireAuthorization(AccessPolicies.Author).DisableRateLimiting()
            .WithSummary("Send one chunk as the raw body");

        var course = app.MapGroup("/api/courses/{courseId}/upload").WithTags("Uploads");
        course.MapPost("/init", (string courseId, HttpRequest request, InitUploadHandler handler, CancellationToken ct) =>
            InitAsync(request, courseId, handler, ct)).RequireAuthorization(AccessPolicies.Author).WithMetadata(StartsUploadMetadata.Instance)
                .WithSummary("Start a chunked upload for a course");
        course.MapPost("/chunk", (string courseId, HttpContext context, UploadChunkHandler handler, ChunkScratch scratch, IOptions<UploadOptions> options,
            CancellationToken ct) => ChunkAsync(context, courseId, handler, scratch, options.Value, ct))
            .RequireAuthorization(AccessPolicies.Author).DisableRateLimiting().WithSummary("Send one chunk of a course upload as a form");
        course.MapPost("/complete", (string courseId, HttpRequest request, CompleteUploadHandler handler, CancellationToken ct) =>
            CompleteAsync(request, courseId, handler, ct)).RequireAuthorization(AccessPolicies.Author)
                .WithSummary("Finish a course upload: the chunks become the course video");
        return app;
    }

    private static async Task<Results<Ok<UploadStarted>, ProblemHttpResult>> InitAsync(
        HttpRequest request, string? pathCourse, InitUploadHandler handler, CancellationToken ct)
    {
        var (form, refused) = await ReadSmallFormAsync(request, "filename, total_chunks and optionally course_id and chunk_size", ct);
        if (form is null)
        {
            return refused!;
        }

        var errors = new FieldErrors();
        var command = new InitUploadCommand(
            form["filename"],
            FormFields.Integer("TotalChunks", form["total_chunks"], errors),
            FormFields.CourseId(pathCourse ?? form["course_id"], errors),
            FormFields.OptionalLong("ChunkSize", form["chunk_size"], errors));
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var result = await handler.HandleAsync(command, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<Results<Ok<ChunkResponse>, ProblemHttpResult>> ChunkAsync(
        HttpContext context, string? pathCourse, UploadChunkHandler handler, ChunkScratch scratch, UploadOptions options, CancellationToken ct)
    {
        AllowBody(context, options.MaxChunkBytes + MultipartOverhead);
        var result = await ChunkForm.ReadAsync<Results<Ok<ChunkResponse>, ProblemHttpResult>>(
            context.Request,
            scratch,
            options.MaxChunkBytes,
            async (form, file) =>
            {
                var errors = new FieldErrors();
                var index = FormFields.Integer("Index", form["index"], errors);
                var courseId = FormFields.CourseId(pathCourse ?? form["course_id"], errors);
                if (errors.Any)
                {
                    return errors.ToProblem();
                }

                var chunk = await handler.HandleAsync(new UploadChunkCommand(form["upload_id"] ?? string.Empty, index, file, courseId, form["sha256"],
                    context.Request.ContentLength), ct);
                return chunk.IsSuccess ? TypedResults.Ok(ChunkResponse.From(chunk.Value)) : chunk.ToProblem();
            },
            (detail, status) => TypedResults.Problem(detail: detail, statusCode: status),
            ct);
        return result ?? TypedResults.Problem(
            detail: "Send the chunk as multipart/form-data with the fields upload_id and index followed by a file part named 'file'.",
            statusCode: StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Ok<ChunkResponse>, ProblemHttpResult>> PutChunkAsync(
        HttpContext context, string uploadId, string index, string? sha256, UploadChunkHandler handler, IOptions<UploadOptions> options, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var position = FormFields.Integer("Index", index, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        AllowBody(context, options.Value.MaxChunkBytes);
        var result = await handler.HandleAsync(new UploadChunkCommand(uploadId, position, context.Request.Body, Sha256: sha256,
            DeclaredLength: context.Request.ContentLength), ct);
        return result.IsSuccess ? TypedResults.Ok(ChunkResponse.From(result.Value)) : result.ToProblem();
    }

    private static async Task<Results<Ok<UploadCompleted>, ProblemHttpResult>> CompleteAsync(
        HttpRequest request, string? pathCourse, CompleteUploadHandler handler, CancellationToken ct)
    {
        var (form, refused) = await ReadSmallFormAsync(request, "upload_id and optionally course_id and sha256", ct);
        if (form is null)
        {
            return refused!;
        }

        var errors = new FieldErrors();
        var courseId = FormFields.CourseId(pathCourse ?? form["course_id"], errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var result = await handler.HandleAsync(new CompleteUploadCommand(form["upload_id"].ToString(), courseId, form["sha256"]), ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<Results<Ok<UploadStatus>, ProblemHttpResult>> GetAsync(string uploadId, GetUploadHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(uploadId, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<Results<Ok<AbortedResponse>, ProblemHttpResult>> AbortAsync(string uploadId, AbortUploadHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(uploadId, ct);
        return result.IsSuccess ? TypedResults.Ok(new AbortedResponse("aborted", uploadId)) : result.ToProblem();
    }

    /// <summary>The form of init or complete, bounded in size and field count; a problem when it is not a form or too large.</summary>
    private static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadSmallFormAsync(HttpRequest request, string fields, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return (null, TypedResults.Problem(
                detail: $"Send the fields {fields} as multipart/form-data or application/x-www-form-urlencoded.",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        AllowBody(request.HttpContext, FormFields.SmallFormMaxBytes);
        try
        {
            return (await request.ReadFormAsync(FormFields.SmallForm, ct), null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException && !ct.IsCancellationRequested)
        {
            return (null, TypedResults.Problem(
                detail: $"The form is too large or malformed: send only {fields}, each a short value ({e.Message}).",
                statusCode: e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest));
        }
    }

    /// <summary>Kestrel's default 30 MB cap would refuse chunks the configured limit allows; small forms get a small cap.</summary>
    internal static void AllowBody(HttpContext context, long bytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = bytes;
        }
    }
}

public sealed record ChunkResponse(string Status, int Index, long Size, string? Sha256, bool Duplicate)
{
    public static ChunkResponse From(ChunkAccepted chunk) => new("ok", chunk.Index, chunk.Size, chunk.Sha256, chunk.AlreadyHad);
}

public sealed record AbortedResponse(string Status, string UploadId);
