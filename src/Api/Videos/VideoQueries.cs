using GraphQL;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Videos.BrowseVideos;
using VideoPlatform.Application.Videos.GetVideo;

namespace VideoPlatform.Api.Videos;

public static class VideoQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<VideosConnectionGraphType>("videos")
            .Description("Admin videos (videos.db).")
            .Paged<object?, object, VideoFilterInputGraphType, VideoSortInputGraphType>()
            .ResolveAsync(async c =>
            {
                var handler = c.RequestServices!.GetRequiredService<BrowseVideosHandler>();
                var request = ListArguments.Read(c, BrowseVideosHandler.Fields);
                var slice = (await handler.HandleAsync(request, c.CancellationToken)).ValueOrThrow();
                return new Connection<VideoDto>(slice, ct => handler.CountAsync(request.Where, ct));
            });

        query.Field<VideoGraphType>("video")
            .Argument<NonNullGraphType<StringGraphType>>("hash")
            .ResolveAsync(async c =>
            {
                var result = await c.RequestServices!.GetRequiredService<GetVideoHandler>().HandleAsync(c.GetArgument<string>("hash"), c.CancellationToken);
                return result.IsSuccess ? result.Value : null;
            });
    }
}
