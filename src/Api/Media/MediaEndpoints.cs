using VideoPlatform.Api.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Media.GetProcessingStatus;
using VideoPlatform.Application.Media.GetQualities;
using VideoPlatform.Application.Media.OpenMediaFile;
using VideoPlatform.Application.Media.PublishVideo;
using VideoPlatform.Application.Media.RetranscodeVideo;

namespace VideoPlatform.Api.Media;

/// <summary>
/// The old streaming and transcoding services' routes: a video's playlists, segments, original and
/// thumbnail for players (range requests, caching headers), what can be played, how far processing is,
/// re-running it, and publishing.
/// </summary>
public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        var video = app.MapGroup("/video/{hash}").WithTags("Streaming");
        video.MapGet("/master.m3u8", (string hash, OpenMediaFileHandler handler, HttpContext http, CancellationToken ct) => ServeAsync(hash, "master.m3u8", handler, http, ct))
            .WithSummary("A video's HLS master playlist");
        video.MapGet("/original", (string hash, OpenMediaFileHandler handler, HttpContext http, CancellationToken ct) => ServeAsync(hash, "original", handler, http, ct))
            .WithSummary("A video's original file (ranges supported)");
        video.MapGet("/{label}/{file}", (string hash, string label, string file, OpenMediaFileHandler handler, HttpContext http, CancellationToken ct) =>
            ServeAsync(hash, $"{label}/{file}", handler, http, ct)).WithSummary("One rendition's playlist or segment");
        video.MapGet("/qualities", QualitiesAsync).WithSummary("The renditions a video has, by label");

        app.MapGet("/thumbnail/{hash}", (string hash, OpenMediaFileHandler handler, HttpContext http, CancellationToken ct) => ServeAsync(hash, "thumbnail", handler, http, ct))
            .WithTags("Streaming").WithSummary("A video's thumbnail");

        var transcode = app.MapGroup("/transcode/{hash}").WithTags("Transcoding");
        transcode.MapGet("/status", StatusAsync).WithSummary("How far a video's processing has got");
        transcode.MapGet("/qualities", TranscodeQualitiesAsync).WithSummary("Each rendition's processing state");
        transcode.MapPost("/", RetranscodeAsync).RequireAuthorization(AccessPolicies.Author).WithSummary("Process a video again");

        app.MapPost("/videos/{hash}/publish", PublishAsync).WithTags("Videos").RequireAuthorization(AccessPolicies.Author)
            .WithSummary("Publish a video whose processing has completed");
        return app;
    }

    private static async Task<IResult> ServeAsync(string hash, string name, OpenMediaFileHandler handler, HttpContext http, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, name, ct);
        if (!result.IsSuccess)
        {
            return result.ToProblem();
        }

        var file = result.Value;
        http.Response.RegisterForDispose(file);
        http.Response.Headers.CacheControl = MediaTypes.CacheControl(name);
        var tag = new EntityTagHeaderValue($"\"{file.LastModified.UtcTicks:x}-{file.Length:x}\"");
        return TypedResults.Stream(file.Content, MediaTypes.Of(file.Name), lastModified: file.LastModified, entityTag: tag, enableRangeProcessing: true);
    }

    private static async Task<Results<Ok<QualitiesResponse>, ProblemHttpResult>> QualitiesAsync(string hash, GetQualitiesHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, ct);
        return result.IsSuccess ? TypedResults.Ok(QualitiesResponse.From(result.Value)) : result.ToProblem();
    }

    private static async Task<Results<Ok<TranscodeStatusResponse>, ProblemHttpResult>> StatusAsync(string hash, GetProcessingStatusHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, ct);
        return result.IsSuccess ? TypedResults.Ok(TranscodeStatusResponse.From(result.Value)) : result.ToProblem();
    }

    private static async Task<Results<Ok<TranscodeQualitiesResponse>, ProblemHttpResult>> TranscodeQualitiesAsync(
        string hash, GetProcessingStatusHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, ct);
        return result.IsSuccess ? TypedResults.Ok(TranscodeQualitiesResponse.From(result.Value)) : result.ToProblem();
    }

    private static async Task<Results<Accepted<TranscodeStatusResponse>, ProblemHttpResult>> RetranscodeAsync(
        string hash, RetranscodeVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, ct);
        return result.IsSuccess ? TypedResults.Accepted($"/transcode/{hash}/status", TranscodeStatusResponse.From(result.Value)) : result.ToProblem();
    }

    /// <summary>
    /// Published once processing has completed. Before that, the old service's own answer: a 400 whose body
    /// says <c>not_ready</c> (the admin pages read it), not a problem document: the one deliberate exception.
    /// </summary>
    private static async Task<Results<Ok<StatusResponse>, JsonHttpResult<NotReadyResponse>, ProblemHttpResult>> PublishAsync(
        string hash, PublishVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, ct);
        if (result.IsSuccess)
        {
            return TypedResults.Ok(new StatusResponse("published"));
        }

        return result.Status == Ardalis.Result.ResultStatus.Invalid
            ? TypedResults.Json(new NotReadyResponse("not_ready", PublishVideoHandler.NotReady, WireNames.Render(result.ValidationErrors.First().ErrorMessage, "TranscodingStatus")),
                statusCode: StatusCodes.Status400BadRequest)
            : result.ToProblem();
    }
}

/// <param name="Explanation">The same in a sentence, for people.</param>
public sealed record NotReadyResponse(string Status, string Detail, string Explanation);
