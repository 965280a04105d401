using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Application.Uploads.AbortUpload;
using VideoPlatform.Application.Uploads.CompleteUpload;
using VideoPlatform.Application.Uploads.GetUpload;
using VideoPlatform.Application.Uploads.InitUpload;
using VideoPlatform.Application.Uploads.UploadChunk;

namespace VideoPlatform.Api.Uploads;

/// <summary>
/// The chunked upload the deployed clients speak (multipart forms, CONTRACT.md), under /upload and under
/// /api/courses/{course_id}/upload, plus resume (GET), abort (DELETE) and a raw PUT for scripts.
/// </summary>
public static class UploadEndpoints
{
    // Room for the multipart boundaries and form fields around a chunk of the maximum size.
    private const long MultipartOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapUploads(this IEndpointRouteBuilder app)
    {
        var uploads = app.MapGroup("/upload").WithTags("Uploads");
        uploads.MapPost("/init", (HttpRequest request, InitUploadHandler handler, CancellationToken ct) => InitAsync(request, null, handler, ct));
        uploads.MapPost("/chunk", (HttpContext context, UploadChunkHandler handler, IUploadStaging staging, IOptions<UploadOptions> options, CancellationToken ct) =>
            ChunkAsync(context, null, handler, staging, options.Value, ct));
        uploads.MapPost("/complete", (HttpRequest request, CompleteUploadHandler handler, CancellationToken ct) => CompleteAsync(request, null, handler, ct));
        uploads.MapGet("/{uploadId}", async (string uploadId, GetUploadHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(uploadId, ct)).ToHttp(TypedResults.Ok));
        uploads.MapDelete("/{uploadId}", async (string uploadId, AbortUploadHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(uploadId, ct)).ToHttp(() => TypedResults.Ok(new { status = "aborted", upload_id = uploadId })));
        uploads.MapPut("/{uploadId}/chunks/{index}", async (HttpContext context, string uploadId, string index, string? sha256,
            UploadChunkHandler handler, IOptions<UploadOptions> options, CancellationToken ct) =>
        {
            AllowBody(context, options.Value.MaxChunkBytes);
            var result = await handler.HandleAsync(new UploadChunkCommand(uploadId, index, context.Request.Body, Sha256: sha256), ct);
            return result.ToHttp(ChunkAnswer);
        });

        var course = app.MapGroup("/api/courses/{courseId}/upload").WithTags("Uploads");
        course.MapPost("/init", (string courseId, HttpRequest request, InitUploadHandler handler, CancellationToken ct) => InitAsync(request, courseId, handler, ct));
        course.MapPost("/chunk", (string courseId, HttpContext context, UploadChunkHandler handler, IUploadStaging staging, IOptions<UploadOptions> options, CancellationToken ct) =>
            ChunkAsync(context, courseId, handler, staging, options.Value, ct));
        course.MapPost("/complete", (string courseId, HttpRequest request, CompleteUploadHandler handler, CancellationToken ct) => CompleteAsync(request, courseId, handler, ct));
        return app;
    }

    private static async Task<IResult> InitAsync(HttpRequest request, string? pathCourse, InitUploadHandler handler, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return NotAForm("filename, total_chunks and optionally course_id");
        }

        var form = await request.ReadFormAsync(ct);
        var command = new InitUploadCommand(form["filename"], form["total_chunks"], pathCourse ?? form["course_id"], form["chunk_size"]);
        return (await handler.HandleAsync(command, ct)).ToHttp(started => TypedResults.Ok(new
        {
            upload_id = started.UploadId,
            course_folder = started.CourseFolder,
            expires_at = started.ExpiresAt,
        }));
    }

    private static async Task<IResult> ChunkAsync(
        HttpContext context, string? pathCourse, UploadChunkHandler handler, IUploadStaging staging, UploadOptions options, CancellationToken ct)
    {
        AllowBody(context, options.MaxChunkBytes + MultipartOverhead);
        var result = await ChunkForm.ReadAsync<IResult>(
            context.Request,
            staging.CreateScratchBuffer,
            options.MaxChunkBytes,
            async (form, file) => (await handler.HandleAsync(
                new UploadChunkCommand(form["upload_id"], form["index"], file, pathCourse ?? form["course_id"], form["sha256"]), ct))
                .ToHttp(ChunkAnswer),
            detail => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status413PayloadTooLarge),
            ct);
        return result ?? TypedResults.Problem(
            detail: "Send the chunk as multipart/form-data with the fields upload_id and index followed by a file part named 'file'.",
            statusCode: StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> CompleteAsync(HttpRequest request, string? pathCourse, CompleteUploadHandler handler, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return NotAForm("upload_id and optionally course_id and sha256");
        }

        var form = await request.ReadFormAsync(ct);
        var command = new CompleteUploadCommand(form["upload_id"], pathCourse ?? form["course_id"], form["sha256"]);
        return (await handler.HandleAsync(command, ct)).ToHttp(done => TypedResults.Ok(new { hash = done.Hash, sha256 = done.Sha256, size = done.Size }));
    }

    private static IResult ChunkAnswer(ChunkAccepted chunk) =>
        TypedResults.Ok(new { status = "ok", index = chunk.Index, size = chunk.Size, sha256 = chunk.Sha256, duplicate = chunk.AlreadyHad });

    private static IResult NotAForm(string fields) => TypedResults.Problem(
        detail: $"Send the fields {fields} as multipart/form-data or application/x-www-form-urlencoded.",
        statusCode: StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Kestrel's default 30 MB cap would refuse chunks the configured limit allows.</summary>
    private static void AllowBody(HttpContext context, long bytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = bytes;
        }
    }
}
