using VideoPlatform.Api.Caching;
using VideoPlatform.Api.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Querying;
using VideoPlatform.Application.Metadata.DeleteAnyVideo;
using VideoPlatform.Application.Metadata.GetAnyVideo;
using VideoPlatform.Application.Metadata.UpdateAnyVideo;
using VideoPlatform.Application.Videos.ListVideos;
using VideoPlatform.Application.Videos.UpsertVideo;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Api.Videos;

/// <summary>
/// Admin videos (videos.db), as the old metadata service served them. A single video's calls find the
/// video wherever it lives: the admin video with that hash, or else the course video.
/// </summary>
public static class VideoEndpoints
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapVideos(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/videos").WithTags("Videos");
        group.MapPost("/", UpsertAsync).RequireAuthorization(AccessPolicies.Admin)
            .WithSummary("Create an admin video, or update the one with this hash");
        group.MapGet("/", ListAsync).CachedUntilChanged().WithSummary("List admin videos, newest first, paged");
        group.MapGet("/{hash}", GetAsync).CachedUntilChanged().WithSummary("A video by hash (admin or course video)");
        group.MapMethods("/{hash}", [HttpMethods.Put, HttpMethods.Patch], UpdateAsync).RequireAuthorization(AccessPolicies.Author)
            .WithSummary("Change a video's fields (admin or course video)");
        group.MapDelete("/{hash}", DeleteAsync).RequireAuthorization(AccessPolicies.Author)
            .WithSummary("Delete a video with its files (admin or course video)");
        return app;
    }

    private static async Task<Results<Created<VideoCreatedResponse>, Ok<VideoCreatedResponse>, ProblemHttpResult>> UpsertAsync(
        NewVideo body, UpsertVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(body, ct);
        if (!result.IsSuccess)
        {
            return result.ToProblem();
        }

        var answer = new VideoCreatedResponse(result.Value.Video.Id, result.Value.Video.Hash);
        return result.Value.IsNew ? TypedResults.Created($"/videos/{answer.Hash}", answer) : TypedResults.Ok(answer);
    }

    private static async Task<Results<Ok<VideoListResponse>, ProblemHttpResult>> ListAsync(
        int? page, int? limit, string? status, string? search, ListVideosHandler handler, CancellationToken ct)
    {
        var number = page ?? 1;
        var size = limit ?? DefaultLimit;
        var query = new ListQuery(MetadataSearch.Filter(status, search, FilterOperator.Eq, nameof(VideoMetadata.Title), nameof(VideoMetadata.Description)),
            MetadataSearch.NewestFirst, new NumberedPage(number, size, MaxLimit), IncludeTotal: true);
        var result = await handler.HandleAsync(query, ct);
        return result.IsSuccess
            ? TypedResults.Ok(new VideoListResponse(result.Value.Items, result.Value.TotalCount!.Value, number, size,
                MetadataSearch.TotalPages(result.Value.TotalCount.Value, size)))
            : result.ToProblem();
    }

    private static async Task<Results<Ok<VideoDto>, ProblemHttpResult>> GetAsync(string hash, GetAnyVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<Results<Ok<StatusResponse>, ProblemHttpResult>> UpdateAsync(
        string hash, VideoUpdate body, UpdateAnyVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, body, ct);
        return result.IsSuccess ? TypedResults.Ok(new StatusResponse("updated")) : result.ToProblem();
    }

    private static async Task<Results<Ok<StatusResponse>, ProblemHttpResult>> DeleteAsync(string hash, DeleteAnyVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, ct);
        return result.IsSuccess ? TypedResults.Ok(new StatusResponse("deleted")) : result.ToProblem();
    }
}

public sealed record VideoCreatedResponse(int Id, string Hash);

public sealed record VideoListResponse(IReadOnlyList<VideoDto> Videos, int Total, int Page, int Limit, int TotalPages);
