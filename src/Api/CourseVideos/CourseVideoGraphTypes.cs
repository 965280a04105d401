using GraphQL.MicrosoftDI;
using GraphQL.Types;
using VideoPlatform.Api.Courses;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Batching;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Api.Videos;
using VideoPlatform.Application.CourseVideos.ListCourseVideos;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.CourseVideos.MigrateCourseVideos;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Api.CourseVideos;

/// <summary>A course video (courses.db); its course is never missing.</summary>
public sealed class CourseVideoGraphType : VideoMetadataGraphType
{
    public CourseVideoGraphType() : base("CourseVideo", VideoKind.Course, v => v.CourseId)
    {
        Field<NonNullGraphType<IntGraphType>, int>("courseId").Resolve(c => c.Source.CourseId!.Value);
        Field<CourseGraphType>("course")
            .Resolve().WithService<RequestLoaders>()
            .Resolve((c, loaders) => loaders.Courses.Load(c.Source.CourseId!.Value));
    }
}

public sealed class CourseVideosConnectionGraphType() : ConnectionGraphType<CourseVideoGraphType, CourseVideosEdgeGraphType, VideoDto>("CourseVideos");

public sealed class CourseVideosEdgeGraphType() : EdgeGraphType<CourseVideoGraphType, VideoDto>("CourseVideos");

public sealed class CourseVideoFilterInputGraphType()
    : FilterInputGraphType<CourseVideoFilterInputGraphType, CourseVideo>("CourseVideo", ListCourseVideosHandler.Fields);

public sealed class CourseVideoSortInputGraphType() : SortInputGraphType<CourseVideo>("CourseVideo", ListCourseVideosHandler.Fields);

public sealed class CreateCourseVideoInputGraphType : InputObjectGraphType
{
    public CreateCourseVideoInputGraphType()
    {
        Name = "CreateCourseVideoInput";
        this.AddFrom<NewVideo>();
        this.Require(nameof(NewVideo.Hash), nameof(NewVideo.Filename), nameof(NewVideo.CourseId));
    }
}

public sealed class UpdateCourseVideoInputGraphType : InputObjectGraphType
{
    public UpdateCourseVideoInputGraphType()
    {
        Name = "UpdateCourseVideoInput";
        Field<NonNullGraphType<StringGraphType>>("hash");
        this.AddFrom<VideoUpdate>();
        GetField("courseId")!.Description = "Moves the video to another existing course.";
    }
}

public sealed class DeleteCourseVideoInputGraphType : InputObjectGraphType
{
    public DeleteCourseVideoInputGraphType()
    {
        Name = "DeleteCourseVideoInput";
        Field<NonNullGraphType<StringGraphType>>("hash");
    }
}

public sealed class MigrateCourseVideosInputGraphType : InputObjectGraphType
{
    public MigrateCourseVideosInputGraphType()
    {
        Name = "MigrateCourseVideosInput";
        Field<NonNullGraphType<BooleanGraphType>>("dryRun").Description("Report what would move and change nothing.");
    }
}

public sealed class MigrationReportGraphType : ObjectGraphType<MigrationReport>
{
    public MigrationReportGraphType()
    {
        Name = "MigrationReport";
        Field(x => x.DryRun);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("moved").Resolve(c => c.Source.Moved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("alreadyPresent").Resolve(c => c.Source.AlreadyPresent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MigrationOrphanGraphType>>>>("orphans").Resolve(c => c.Source.Orphans);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("conflicts").Resolve(c => c.Source.Conflicts);
        Field<NonNullGraphType<MigrationCountsGraphType>>("counts").Resolve(c => c.Source.Counts);
    }
}

public sealed class MigrationOrphanGraphType : ObjectGraphType<MigrationOrphan>
{
    public MigrationOrphanGraphType()
    {
        Name = "MigrationOrphan";
        Field(x => x.Hash);
        Field(x => x.CourseId);
    }
}

public sealed class MigrationCountsGraphType : ObjectGraphType<MigrationCounts>
{
    public MigrationCountsGraphType()
    {
        Name = "MigrationCounts";
        Field(x => x.Moved);
        Field(x => x.AlreadyPresent);
        Field(x => x.Orphans);
        Field(x => x.Conflicts);
    }
}
