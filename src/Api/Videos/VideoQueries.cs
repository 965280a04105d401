using GraphQL;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Filtering;
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
                return await Connection.ResolveAsync(c, BrowseVideosHandler.Fields, handler.HandleAsync, handler.CountAsync);
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
