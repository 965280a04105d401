using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Application.Videos.GetVideo;
using VideoPlatform.Application.Videos.ListVideos;

namespace VideoPlatform.Api.Videos;

public static class VideoQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<VideosConnectionGraphType>("videos")
            .Description("Admin videos (videos.db).")
            .Paged<object?, object, VideoFilterInputGraphType, VideoSortInputGraphType>()
            .Resolve().WithService<ListVideosHandler>()
            .ResolveAsync(async (c, handler) => await Connection.ResolveAsync(c, ListVideosHandler.Fields, handler.HandleAsync));

        query.Field<VideoGraphType>("video")
            .Argument<NonNullGraphType<StringGraphType>>("hash")
            .Resolve().WithService<GetVideoHandler>()
            .ResolveAsync(async (c, handler) =>
            {
                var result = await handler.HandleAsync(c.GetArgument<string>("hash"), c.CancellationToken);
                return result.IsSuccess ? result.Value : null;
            });
    }
}
