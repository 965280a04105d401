using System.Linq.Expressions;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Api.Media;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Videos.ListVideos;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Api.Videos;

/// <summary>The fields both kinds of video show: every field of the read model, by name.</summary>
public abstract class VideoMetadataGraphType : AutoRegisteringObjectGraphType<VideoDto>
{
    protected VideoMetadataGraphType(string name, VideoKind kind, params Expression<Func<VideoDto, object?>>[] except)
        : base([v => v.ProcessingProgress, v => v.ProcessingError, v => v.ScheduledAt, .. except])
    {
        Name = name;
        // Kept as text (the REST wire shows it as written); a date-time here, as it is to filters and sorts.
        Field<DateTimeScalar>(GraphQLNames.Of(nameof(VideoDto.ScheduledAt)))
            .Description("When a Scheduled video is published; null when none is set, or the stored text is no date-time.")
            .Resolve(context => VideoMetadata.ReadSchedule(context.Source.ScheduledAt));
        GetField(nameof(VideoDto.TranscodingStatus))!.Description = "pending, transcoding, completed or failed.";
        ProcessingFields.AddTo(this, kind);
    }
}

/// <summary>An admin video (videos.db).</summary>
public sealed class VideoGraphType : VideoMetadataGraphType
{
    public VideoGraphType() : base("Video", VideoKind.Admin)
    {
        GetField(nameof(VideoDto.CourseId))!.Description = "Set only on rows the old system wrote for a course before course videos moved to courses.db.";
    }
}

public sealed class VideosConnectionGraphType() : ConnectionGraphType<VideoGraphType, VideosEdgeGraphType, VideoDto>("Videos");

public sealed class VideosEdgeGraphType() : EdgeGraphType<VideoGraphType, VideoDto>("Videos");

public sealed class VideoFilterInputGraphType() : FilterInputGraphType<VideoFilterInputGraphType, Video>("Video", ListVideosHandler.Fields);

public sealed class VideoSortInputGraphType() : SortInputGraphType<Video>("Video", ListVideosHandler.Fields);

public sealed class CreateVideoInputGraphType : InputObjectGraphType
{
    public CreateVideoInputGraphType()
    {
        Name = "CreateVideoInput";
        this.AddFrom<NewVideo>();
        this.Require(nameof(NewVideo.Hash), nameof(NewVideo.Filename));
    }
}

public sealed class UpdateVideoInputGraphType : InputObjectGraphType
{
    public UpdateVideoInputGraphType()
    {
        Name = "UpdateVideoInput";
        Field<NonNullGraphType<StringGraphType>>("hash");
        this.AddFrom<VideoUpdate>();
    }
}

public sealed class DeleteVideoInputGraphType : InputObjectGraphType
{
    public DeleteVideoInputGraphType()
    {
        Name = "DeleteVideoInput";
        Field<NonNullGraphType<StringGraphType>>("hash");
    }
}
