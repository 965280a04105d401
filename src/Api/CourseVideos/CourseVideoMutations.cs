using VideoPlatform.Api.Access;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Application.CourseVideos.DeleteCourseVideo;
using VideoPlatform.Application.CourseVideos.MigrateCourseVideos;
using VideoPlatform.Application.CourseVideos.UpdateCourseVideo;
using VideoPlatform.Application.CourseVideos.UpsertCourseVideo;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Api.CourseVideos;

public static class CourseVideoMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<CreateCourseVideoInputGraphType, CourseVideoGraphType, UpsertCourseVideoHandler>(mutation, "createCourseVideo", "courseVideo",
            [typeof(CourseNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var video = InputFields.Read<NewVideo>(input);
                var result = await handler.HandleAsync(video, ct);
                return result.IsSuccess ? Payload.Of(result.Value.Video) : Payload.Failed(result.ToPayloadErrors(courseId: video.CourseId));
            },
            "Creates the course video in courses.db (the course must exist), or updates the given fields of the one with this hash.");

        MutationField.Add<UpdateCourseVideoInputGraphType, CourseVideoGraphType, UpdateCourseVideoHandler>(mutation, "updateCourseVideo", "courseVideo",
            [typeof(VideoNotFoundErrorGraphType), typeof(CourseNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var hash = input.Text("Hash")!;
                var changes = InputFields.Read<VideoUpdate>(input);
                var result = await handler.HandleAsync(hash, changes, ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(changes.CourseId, hash));
            });

        MutationField.Add<DeleteCourseVideoInputGraphType, CourseVideoGraphType, DeleteCourseVideoHandler>(mutation, "deleteCourseVideo", "courseVideo",
            [typeof(VideoNotFoundErrorGraphType)],
            async (handler, input, ct) =>
            {
                var hash = input.Text("Hash")!;
                var result = await handler.HandleAsync(hash, ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(hash: hash));
            });

        MutationField.Add<MigrateCourseVideosInputGraphType, MigrationReportGraphType, MigrateCourseVideosHandler>(mutation, "migrateCourseVideos", "report",
            [typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var result = await handler.HandleAsync(input.TryGetValue("dryRun", out var dry) && dry is true, ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors());
            },
            "Moves course videos the old system left in videos.db into courses.db (the same move as the migrate-course-videos command).", policy: AccessPolicies.Admin);
    }
}
