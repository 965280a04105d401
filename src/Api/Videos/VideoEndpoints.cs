using VideoPlatform.Api.Http;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Videos.DeleteVideo;
using VideoPlatform.Application.Videos.GetVideo;
using VideoPlatform.Application.Videos.ListVideos;
using VideoPlatform.Application.Videos.UpdateVideo;
using VideoPlatform.Application.Videos.UpsertVideo;

namespace VideoPlatform.Api.Videos;

/// <summary>Admin videos (videos.db), as the old metadata service served them.</summary>
public static class VideoEndpoints
{
    public static IEndpointRouteBuilder MapVideos(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/videos").WithTags("Videos");

        group.MapPost("/", async (NewVideo body, UpsertVideoHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(body, ct)).ToHttp(created => created.IsNew
                ? TypedResults.Created($"/videos/{created.Hash}", new { id = created.Id, hash = created.Hash })
                : TypedResults.Ok(new { id = created.Id, hash = created.Hash })));

        group.MapGet("/", async (int? page, int? limit, string? status, string? search, ListVideosHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ListVideosQuery(page, limit, status, search), ct)).ToHttp(TypedResults.Ok));

        group.MapGet("/{hash}", async (string hash, GetVideoHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(hash, ct)).ToHttp(TypedResults.Ok));

        group.MapMethods("/{hash}", [HttpMethods.Put, HttpMethods.Patch],
            async (string hash, VideoFields body, UpdateVideoHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(hash, body, ct)).ToHttp(_ => TypedResults.Ok(new { status = "updated" })));

        group.MapDelete("/{hash}", async (string hash, DeleteVideoHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(hash, ct)).ToHttp(_ => TypedResults.Ok(new { status = "deleted" })));

        return app;
    }
}
