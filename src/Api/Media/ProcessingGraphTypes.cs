using GraphQL.MicrosoftDI;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Media.GetProcessingStatus;
using VideoPlatform.Application.Media.PublishVideo;
using VideoPlatform.Application.Media.RetranscodeVideo;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Api.Media;

public sealed class ProcessingStatusGraphType : AutoRegisteringObjectGraphType<ProcessingStatus>
{
    public ProcessingStatusGraphType() : base(s => s.Hash)
    {
        Name = "ProcessingStatus";
        Description = "Where a video's processing stands: overall is running, ok, error or stopped (the old transcoder's words).";
    }
}

public sealed class RenditionStatusGraphType : AutoRegisteringObjectGraphType<RenditionStatus>
{
    public RenditionStatusGraphType() => Name = "RenditionStatus";
}

public sealed class PublishVideoInputGraphType : InputObjectGraphType
{
    public PublishVideoInputGraphType()
    {
        Name = "PublishVideoInput";
        Field<NonNullGraphType<StringGraphType>>("hash");
    }
}

public sealed class RetranscodeVideoInputGraphType : InputObjectGraphType
{
    public RetranscodeVideoInputGraphType()
    {
        Name = "RetranscodeVideoInput";
        Field<NonNullGraphType<StringGraphType>>("hash");
    }
}

/// <summary>Processing in GraphQL: the same status on both kinds of video, and the same publish and re-run REST offers.</summary>
public static class ProcessingFields
{
    /// <summary>Adds <c>processing</c> to a video type; the finished renditions are read from storage.</summary>
    public static void AddTo(ObjectGraphType<VideoDto> type, VideoKind kind) =>
        type.Field<NonNullGraphType<ProcessingStatusGraphType>>("processing")
            .Description("Where the video's processing stands (facts, thumbnail, renditions).")
            .Resolve().WithService<IMediaLibrary>()
            .Resolve((c, library) =>
            {
                // Renditions are read from disk, which changes without a database write: never answered from memory.
                GraphQL.KeptOperations.DoNotKeep(c);
                return GetProcessingStatusHandler.Describe(ProcessingState.Of(c.Source),
                    library.FinishedRenditions(new MediaVideo(c.Source.Hash, kind, c.Source.CourseId, c.Source.Filename)));
            });

    public static void AddMutations(ObjectGraphType mutation)
    {
        MutationField.Add<PublishVideoInputGraphType, StringGraphType, PublishVideoHandler>(mutation, "publishVideo", "status",
            [typeof(VideoNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var hash = input.Text("Hash")!;
                var result = await handler.HandleAsync(hash, ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(hash: hash));
            },
            "Publishes a video (admin or course video) once its processing has completed.");

        MutationField.Add<RetranscodeVideoInputGraphType, ProcessingStatusGraphType, RetranscodeVideoHandler>(mutation, "retranscodeVideo", "processing",
            [typeof(VideoNotFoundErrorGraphType)],
            async (handler, input, ct) =>
            {
                var hash = input.Text("Hash")!;
                var result = await handler.HandleAsync(hash, ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(hash: hash));
            },
            "Processes a video again from the start (e.g. after it failed).");
    }
}
