using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Videos.BrowseVideos;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Api.Videos;

/// <summary>An admin video (videos.db).</summary>
public sealed class VideoGraphType : ObjectGraphType<VideoDto>
{
    public VideoGraphType()
    {
        Name = "Video";
        VideoMetadataGraph.AddFields(this);
        Field(x => x.CourseId, nullable: true).Description("Set only on rows the old system wrote for a course before course videos moved to courses.db.");
    }
}

public sealed class VideosConnectionGraphType() : ConnectionGraphType<VideoGraphType, VideosEdgeGraphType, VideoDto>("Videos");

public sealed class VideosEdgeGraphType() : EdgeGraphType<VideoGraphType, VideoDto>("Videos");

public sealed class VideoFilterInputGraphType() : FilterInputGraphType<VideoFilterInputGraphType, Video>("Video", BrowseVideosHandler.Fields);

public sealed class VideoSortInputGraphType() : SortInputGraphType<Video>("Video", BrowseVideosHandler.Fields);

public sealed class CreateVideoInputGraphType : InputObjectGraphType
{
    public CreateVideoInputGraphType()
    {
        Name = "CreateVideoInput";
        VideoMetadataGraph.AddIdentityInputs(this);
        VideoMetadataGraph.AddOptionalInputs(this);
        Field<IntGraphType>("courseId");
    }
}

public sealed class UpdateVideoInputGraphType : InputObjectGraphType
{
    public UpdateVideoInputGraphType()
    {
        Name = "UpdateVideoInput";
        Field<NonNullGraphType<StringGraphType>>("hash");
        VideoMetadataGraph.AddOptionalInputs(this);
        Field<IntGraphType>("courseId");
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

/// <summary>The fields and inputs both kinds of video share, declared once.</summary>
public static class VideoMetadataGraph
{
    public static void AddFields(ObjectGraphType<VideoDto> type)
    {
        type.Field(x => x.Id);
        type.Field(x => x.Hash);
        type.Field(x => x.Filename, nullable: true);
        type.Field(x => x.Title, nullable: true);
        type.Field(x => x.Description, nullable: true);
        type.Field(x => x.Category, nullable: true);
        type.Field(x => x.Status, nullable: true);
        type.Field(x => x.ThumbnailFilename, nullable: true);
        type.Field(x => x.OriginalResolution, nullable: true);
        type.Field(x => x.OriginalQualityLabel, nullable: true);
        type.Field<NonNullGraphType<BooleanGraphType>, bool>("stopped").Resolve(c => c.Source.Stopped == 1);
        type.Field(x => x.TranscodingStatus, nullable: true).Description("pending, transcoding, completed or failed.");
        type.Field(x => x.CreatedAt, nullable: true);
        type.Field(x => x.ScheduledAt, nullable: true);
    }

    public static void AddIdentityInputs(InputObjectGraphType type)
    {
        type.Field<NonNullGraphType<StringGraphType>>("hash");
        type.Field<NonNullGraphType<StringGraphType>>("filename");
    }

    public static void AddOptionalInputs(InputObjectGraphType type)
    {
        type.Optional<StringGraphType>("title", "description", "category", "status", "scheduledAt", "thumbnailFilename",
            "originalResolution", "originalQualityLabel");
        type.Field<BooleanGraphType>("stopped");
        type.Field<StringGraphType>("transcodingStatus").Description("pending, transcoding, completed or failed.");
    }

    public static NewVideo ReadNew(IDictionary<string, object?> input) => new()
    {
        Hash = input.Text("hash"),
        Filename = input.Text("filename"),
        Title = input.Text("title"),
        Description = input.Text("description"),
        Category = input.Text("category"),
        Status = input.Text("status"),
        ScheduledAt = input.Text("scheduledAt"),
        ThumbnailFilename = input.Text("thumbnailFilename"),
        OriginalResolution = input.Text("originalResolution"),
        OriginalQualityLabel = input.Text("originalQualityLabel"),
        Stopped = Stopped(input),
        TranscodingStatus = input.Text("transcodingStatus"),
        CourseId = input.Get<int?>("courseId"),
    };

    public static VideoFields ReadChanges(IDictionary<string, object?> input)
    {
        var all = ReadNew(input);
        return new VideoFields
        {
            Title = all.Title,
            Description = all.Description,
            Category = all.Category,
            Status = all.Status,
            ScheduledAt = all.ScheduledAt,
            ThumbnailFilename = all.ThumbnailFilename,
            OriginalResolution = all.OriginalResolution,
            OriginalQualityLabel = all.OriginalQualityLabel,
            Stopped = all.Stopped,
            TranscodingStatus = all.TranscodingStatus,
            CourseId = all.CourseId,
        };
    }

    // GraphQL speaks Boolean; the use cases keep the old services' 0/1.
    private static int? Stopped(IDictionary<string, object?> input) => input.Get<bool?>("stopped") switch
    {
        null => null,
        true => 1,
        false => 0,
    };
}
