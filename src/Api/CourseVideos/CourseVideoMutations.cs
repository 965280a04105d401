using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Api.Videos;
using VideoPlatform.Application.CourseVideos.DeleteCourseVideo;
using VideoPlatform.Application.CourseVideos.MigrateCourseVideos;
using VideoPlatform.Application.CourseVideos.UpdateCourseVideo;
using VideoPlatform.Application.CourseVideos.UpsertCourseVideo;

namespace VideoPlatform.Api.CourseVideos;

public static class CourseVideoMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<CreateCourseVideoInputGraphType, CourseVideoGraphType>(mutation, "createCourseVideo", "courseVideo",
            [typeof(CourseNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (c, input) =>
            {
                var video = VideoMetadataGraph.ReadNew(input);
                var result = await c.RequestServices!.GetRequiredService<UpsertCourseVideoHandler>().HandleAsync(video, c.CancellationToken);
                return result.IsSuccess ? Payload.Of(result.Value.Video) : Payload.Failed(result.ToPayloadErrors(courseId: video.CourseId));
            },
            "Creates the course video in courses.db (the course must exist), or updates the given fields of the one with this hash.");

        MutationField.Add<UpdateCourseVideoInputGraphType, CourseVideoGraphType>(mutation, "updateCourseVideo", "courseVideo",
            [typeof(VideoNotFoundErrorGraphType), typeof(CourseNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (c, input) =>
            {
                var hash = input.Text("hash")!;
                var changes = VideoMetadataGraph.ReadChanges(input);
                var result = await c.RequestServices!.GetRequiredService<UpdateCourseVideoHandler>().HandleAsync(hash, changes, c.CancellationToken);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(changes.CourseId, hash));
            });

        MutationField.Add<DeleteCourseVideoInputGraphType, CourseVideoGraphType>(mutation, "deleteCourseVideo", "courseVideo",
            [typeof(VideoNotFoundErrorGraphType)],
            async (c, input) =>
            {
                var hash = input.Text("hash")!;
                var result = await c.RequestServices!.GetRequiredService<DeleteCourseVideoHandler>().HandleAsync(hash, c.CancellationToken);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(hash: hash));
            });

        MutationField.Add<MigrateCourseVideosInputGraphType, MigrationReportGraphType>(mutation, "migrateCourseVideos", "report",
            [typeof(ValidationErrorGraphType)],
            async (c, input) => Payload.Of(await c.RequestServices!.GetRequiredService<MigrateCourseVideosHandler>()
                .HandleAsync(input.Get<bool>("dryRun"), c.CancellationToken)),
            "Moves course videos the old system left in videos.db into courses.db (the same move as the migrate-course-videos command).");
    }
}
