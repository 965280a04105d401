using VideoPlatform.Api.Access;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Videos.DeleteVideo;
using VideoPlatform.Application.Videos.UpdateVideo;
using VideoPlatform.Application.Videos.UpsertVideo;

namespace VideoPlatform.Api.Videos;

public static class VideoMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<CreateVideoInputGraphType, VideoGraphType, UpsertVideoHandler>(mutation, "createVideo", "video",
            [typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var result = await handler.HandleAsync(InputFields.Read<NewVideo>(input), ct);
                return result.IsSuccess ? Payload.Of(result.Value.Video) : Payload.Failed(result.ToPayloadErrors());
            },
            "Creates the admin video, or updates the given fields of the one with this hash.", policy: AccessPolicies.Admin);

        MutationField.Add<UpdateVideoInputGraphType, VideoGraphType, UpdateVideoHandler>(mutation, "updateVideo", "video",
            [typeof(VideoNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var hash = input.Text("Hash")!;
                var result = await handler.HandleAsync(hash, InputFields.Read<VideoUpdate>(input), ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(hash: hash));
            }, policy: AccessPolicies.Admin);

        MutationField.Add<DeleteVideoInputGraphType, VideoGraphType, DeleteVideoHandler>(mutation, "deleteVideo", "video",
            [typeof(VideoNotFoundErrorGraphType)],
            async (handler, input, ct) =>
            {
                var hash = input.Text("Hash")!;
                var result = await handler.HandleAsync(hash, ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(hash: hash));
            }, policy: AccessPolicies.Admin);
    }
}
