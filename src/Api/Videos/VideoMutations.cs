using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Application.Videos.DeleteVideo;
using VideoPlatform.Application.Videos.UpdateVideo;
using VideoPlatform.Application.Videos.UpsertVideo;

namespace VideoPlatform.Api.Videos;

public static class VideoMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<CreateVideoInputGraphType, VideoGraphType>(mutation, "createVideo", "video",
            [typeof(ValidationErrorGraphType)],
            async (c, input) =>
            {
                var result = await c.RequestServices!.GetRequiredService<UpsertVideoHandler>().HandleAsync(VideoMetadataGraph.ReadNew(input), c.CancellationToken);
                return result.IsSuccess ? Payload.Of(result.Value.Video) : Payload.Failed(result.ToPayloadErrors());
            },
            "Creates the admin video, or updates the given fields of the one with this hash.");

        MutationField.Add<UpdateVideoInputGraphType, VideoGraphType>(mutation, "updateVideo", "video",
            [typeof(VideoNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (c, input) =>
            {
                var hash = input.Text("hash")!;
                var result = await c.RequestServices!.GetRequiredService<UpdateVideoHandler>().HandleAsync(hash, VideoMetadataGraph.ReadChanges(input), c.CancellationToken);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(hash: hash));
            });

        MutationField.Add<DeleteVideoInputGraphType, VideoGraphType>(mutation, "deleteVideo", "video",
            [typeof(VideoNotFoundErrorGraphType)],
            async (c, input) =>
            {
                var hash = input.Text("hash")!;
                var result = await c.RequestServices!.GetRequiredService<DeleteVideoHandler>().HandleAsync(hash, c.CancellationToken);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(hash: hash));
            });
    }
}
