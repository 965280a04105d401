using VideoPlatform.Api.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Lessons.AddLesson;
using VideoPlatform.Application.Lessons.DeleteLesson;
using VideoPlatform.Application.Lessons.UpdateLesson;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Api.Lessons;

/// <summary>The lessons of a course's sections, as the old course service served them.</summary>
public static class LessonEndpoints
{
    public static IEndpointRouteBuilder MapLessons(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/courses/{courseId:int}/lessons").WithTags("Lessons");
        group.MapPost("/", AddAsync).RequireAuthorization(AccessPolicies.Author).WithSummary("Add a lesson to a section");
        group.MapPut("/{lessonId:int}", UpdateAsync).RequireAuthorization(AccessPolicies.Author).WithSummary("Change a lesson");
        group.MapDelete("/{lessonId:int}", DeleteAsync).RequireAuthorization(AccessPolicies.Author).WithSummary("Delete a lesson");

        // The course wizard updates lessons through the old gateway's path.
        app.MapPut("/courses/{courseId:int}/lessons/{lessonId:int}", UpdateAsync).WithTags("Lessons").RequireAuthorization(AccessPolicies.Author)
            .WithSummary("Change a lesson (the old frontend's route)");
        return app;
    }

    private static async Task<Results<Created<LessonAddedResponse>, ProblemHttpResult>> AddAsync(
        int courseId, LessonChanges body, AddLessonHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(courseId, body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/courses/{courseId}/lessons/{result.Value.Id}", new LessonAddedResponse(result.Value.Id, "Lesson added successfully"))
            : result.ToProblem();
    }

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> UpdateAsync(
        int courseId, int lessonId, LessonChanges body, UpdateLessonHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(courseId, lessonId, body, ct);
        return result.IsSuccess ? TypedResults.Ok(new MessageResponse("Lesson updated successfully")) : result.ToProblem();
    }

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> DeleteAsync(
        int courseId, int lessonId, DeleteLessonHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(courseId, lessonId, ct);
        return result.IsSuccess ? TypedResults.Ok(new MessageResponse("Lesson deleted successfully")) : result.ToProblem();
    }
}

public sealed record LessonAddedResponse(int LessonId, string Message);
