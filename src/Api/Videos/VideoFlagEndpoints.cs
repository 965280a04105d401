using VideoPlatform.Api.Access;
using Ardalis.Result;
using Microsoft.AspNetCore.Http.HttpResults;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Metadata.GetAnyVideo;
using VideoPlatform.Application.Metadata.UpdateAnyVideo;

namespace VideoPlatform.Api.Videos;

/// <summary>
/// The calls the old transcoder makes on a video (admin or course video alike): its stop flag, and its
/// transcoding status.
/// </summary>
public static class VideoFlagEndpoints
{
    public static IEndpointRouteBuilder MapVideoFlags(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/videos/{hash}").WithTags("Videos");
        group.MapGet("/stopped", StoppedAsync).WithSummary("Whether a video's processing is stopped (0/1)");
        group.MapPut("/stop", (string hash, UpdateAnyVideoHandler handler, CancellationToken ct) => SetStoppedAsync(hash, true, handler, ct))
            .RequireAuthorization(AccessPolicies.Author).WithSummary("Stop a video's processing");
        group.MapPut("/resume", (string hash, UpdateAnyVideoHandler handler, CancellationToken ct) => SetStoppedAsync(hash, false, handler, ct))
            .RequireAuthorization(AccessPolicies.Author).WithSummary("Resume a video's processing");
        // The old transcoder's report: the service's own call.
        group.MapPost("/transcoding-status", TranscodingStatusAsync).RequireAuthorization(AccessPolicies.Admin)
            .WithSummary("Set a video's transcoding status (the transcoder's call)");
        return app;
    }

    /// <summary>The old service answered "not stopped" for a hash it did not know, and the transcoder relies on it.</summary>
    private static async Task<Ok<StoppedResponse>> StoppedAsync(string hash, GetAnyVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, ct);
        return TypedResults.Ok(new StoppedResponse(result.IsSuccess && result.Value.Stopped));
    }

    private static async Task<Results<Ok<StatusResponse>, ProblemHttpResult>> SetStoppedAsync(
        string hash, bool stopped, UpdateAnyVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, new VideoUpdate { Stopped = stopped }, ct);
        return result.IsSuccess ? TypedResults.Ok(new StatusResponse(stopped ? "stopped" : "resumed")) : result.ToProblem();
    }

    private static async Task<Results<Ok<TranscodingStatusResponse>, ProblemHttpResult>> TranscodingStatusAsync(
        string hash, string? status, UpdateAnyVideoHandler handler, CancellationToken ct)
    {
        var result = string.IsNullOrWhiteSpace(status)
            ? Application.Validation.FieldErrors.Invalid<VideoDto>("Status", "{field} is required: one of pending, transcoding, completed, failed.")
            : await handler.HandleAsync(hash, new VideoUpdate { TranscodingStatus = status }, ct);
        return result.IsSuccess
            ? TypedResults.Ok(new TranscodingStatusResponse("updated", result.Value.TranscodingStatus))
            : Rename(result).ToProblem();
    }

    // The query parameter is called status on this call; the rule speaks of the video's transcoding status.
    private static Result<VideoDto> Rename(Result<VideoDto> result) => result.Status == ResultStatus.Invalid
        ? Result<VideoDto>.Invalid(result.ValidationErrors.Select(e => new ValidationError("Status", e.ErrorMessage, e.ErrorCode, e.Severity)).ToList())
        : result;
}

public sealed record StoppedResponse(bool Stopped);

public sealed record TranscodingStatusResponse(string Status, string? TranscodingStatus);
