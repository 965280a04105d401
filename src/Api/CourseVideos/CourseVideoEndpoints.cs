using VideoPlatform.Api.Http;
using VideoPlatform.Application.CourseVideos.DeleteCourseVideo;
using VideoPlatform.Application.CourseVideos.GetCourseVideo;
using VideoPlatform.Application.CourseVideos.ListCourseVideos;
using VideoPlatform.Application.CourseVideos.UpdateCourseVideo;
using VideoPlatform.Application.CourseVideos.UpsertCourseVideo;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Api.CourseVideos;

/// <summary>Course videos (courses.db), as the old course service and admin gateway served them.</summary>
public static class CourseVideoEndpoints
{
    public static IEndpointRouteBuilder MapCourseVideos(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/course-videos").WithTags("Course videos");

        group.MapPost("/", async (NewVideo body, UpsertCourseVideoHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(body, ct)).ToHttp(created => created.IsNew
                ? TypedResults.Created($"/course-videos/{created.Hash}", new { id = created.Id, hash = created.Hash })
                : TypedResults.Ok(new { id = created.Id, hash = created.Hash })));

        // Both paths list the same merged view: the course service's and the frontend's (via the gateway).
        group.MapGet("/course/{courseId:int}", ListForCourse);
        app.MapGet("/videos/course/{courseId:int}", ListForCourse).WithTags("Course videos");

        group.MapGet("/{hash}", async (string hash, GetCourseVideoHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(hash, ct)).ToHttp(TypedResults.Ok));

        group.MapMethods("/{hash}", [HttpMethods.Put, HttpMethods.Patch],
            async (string hash, VideoFields body, UpdateCourseVideoHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(hash, body, ct)).ToHttp(video =>
                    TypedResults.Ok(new { message = "Video updated successfully", hash = video.Hash })));

        group.MapDelete("/{hash}", async (string hash, DeleteCourseVideoHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(hash, ct)).ToHttp(_ => TypedResults.Ok(new { message = "Video deleted successfully" })));

        return app;
    }

    private static async Task<IResult> ListForCourse(int courseId, ListCourseVideosHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(courseId, ct)).ToHttp(videos => TypedResults.Ok(new { videos }));
}
