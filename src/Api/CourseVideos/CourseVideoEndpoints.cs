using VideoPlatform.Api.Caching;
using VideoPlatform.Api.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using VideoPlatform.Api.Http;
using VideoPlatform.Api.Videos;
using VideoPlatform.Application.CourseVideos.DeleteCourseVideo;
using VideoPlatform.Application.CourseVideos.GetCourseVideo;
using VideoPlatform.Application.CourseVideos.ListVideosOfCourse;
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
        group.MapPost("/", UpsertAsync).RequireAuthorization(AccessPolicies.Author)
            .WithSummary("Create a course video, or update the one with this hash");

        // Both paths list the same merged view: the course service's and the frontend's (via the gateway).
        group.MapGet("/course/{courseId:int}", ListOfCourseAsync).CachedUntilChanged().WithSummary("A course's videos");
        app.MapGet("/videos/course/{courseId:int}", ListOfCourseAsync).CachedUntilChanged().WithTags("Course videos")
            .WithSummary("A course's videos (the old services' route)");

        group.MapGet("/{hash}", GetAsync).CachedUntilChanged().WithSummary("A course video by hash");
        group.MapMethods("/{hash}", [HttpMethods.Put, HttpMethods.Patch], UpdateAsync).RequireAuthorization(AccessPolicies.Author)
            .WithSummary("Change a course video's fields");
        group.MapDelete("/{hash}", DeleteAsync).RequireAuthorization(AccessPolicies.Author).WithSummary("Delete a course video with its files");
        return app;
    }

    private static async Task<Results<Created<VideoCreatedResponse>, Ok<VideoCreatedResponse>, ProblemHttpResult>> UpsertAsync(
        NewVideo body, UpsertCourseVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(body, ct);
        if (!result.IsSuccess)
        {
            return result.ToProblem();
        }

        var answer = new VideoCreatedResponse(result.Value.Video.Id, result.Value.Video.Hash);
        return result.Value.IsNew ? TypedResults.Created($"/course-videos/{answer.Hash}", answer) : TypedResults.Ok(answer);
    }

    private static async Task<Results<Ok<CourseVideoListResponse>, ProblemHttpResult>> ListOfCourseAsync(
        int courseId, ListVideosOfCourseHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(courseId, ct);
        return result.IsSuccess ? TypedResults.Ok(new CourseVideoListResponse(result.Value)) : result.ToProblem();
    }

    private static async Task<Results<Ok<VideoDto>, ProblemHttpResult>> GetAsync(string hash, GetCourseVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<Results<Ok<CourseVideoUpdatedResponse>, ProblemHttpResult>> UpdateAsync(
        string hash, VideoUpdate body, UpdateCourseVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, body, ct);
        return result.IsSuccess ? TypedResults.Ok(new CourseVideoUpdatedResponse("Video updated successfully", result.Value.Hash)) : result.ToProblem();
    }

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> DeleteAsync(string hash, DeleteCourseVideoHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(hash, ct);
        return result.IsSuccess ? TypedResults.Ok(new MessageResponse("Video deleted successfully")) : result.ToProblem();
    }
}

public sealed record CourseVideoListResponse(IReadOnlyList<VideoDto> Videos);

public sealed record CourseVideoUpdatedResponse(string Message, string Hash);
