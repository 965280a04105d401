using Microsoft.AspNetCore.Http.HttpResults;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Courses.CreateCourse;
using VideoPlatform.Application.Courses.DeleteCourse;
using VideoPlatform.Application.Courses.GetCourse;
using VideoPlatform.Application.Courses.ListCourses;
using VideoPlatform.Application.Courses.UpdateCourse;
using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Querying;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Api.Courses;

/// <summary>Courses (courses.db), as the old course service served them.</summary>
public static class CourseEndpoints
{
    public const int DefaultLimit = 25;

    public static IEndpointRouteBuilder MapCourses(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/courses").WithTags("Courses");
        group.MapPost("/", CreateAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync);
        group.MapPut("/{id:int}", UpdateAsync);
        group.MapDelete("/{id:int}", DeleteAsync);
        return app;
    }

    private static async Task<Results<Created<CourseCreatedResponse>, ProblemHttpResult>> CreateAsync(
        CourseChanges body, CreateCourseHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/courses/{result.Value.Id}", new CourseCreatedResponse(result.Value.Id, "Course created successfully"))
            : result.ToProblem();
    }

    private static async Task<Results<Ok<CourseListResponse>, ProblemHttpResult>> ListAsync(
        int? page, int? limit, string? status, string? search, ListCoursesHandler handler, CancellationToken ct)
    {
        var number = page ?? 1;
        var size = limit ?? DefaultLimit;
        var query = new ListQuery(MetadataSearch.Filter(status, search, nameof(Course.Title), nameof(Course.Description)),
            MetadataSearch.NewestFirst, new NumberedPage(number, size), IncludeTotal: true);
        var result = await handler.HandleAsync(query, ct);
        if (!result.IsSuccess)
        {
            return result.ToProblem();
        }

        var total = result.Value.TotalCount!.Value;
        return TypedResults.Ok(new CourseListResponse(result.Value.Items,
            new Pagination(number, MetadataSearch.TotalPages(total, size), total, size)));
    }

    private static async Task<Results<Ok<CourseDto>, ProblemHttpResult>> GetAsync(int id, GetCourseHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<Results<Ok<CourseDto>, ProblemHttpResult>> UpdateAsync(
        int id, CourseChanges body, UpdateCourseHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, body, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> DeleteAsync(int id, DeleteCourseHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ct);
        return result.IsSuccess ? TypedResults.Ok(new MessageResponse("Course deleted successfully")) : result.ToProblem();
    }
}

public sealed record CourseCreatedResponse(int CourseId, string Message);

public sealed record CourseListResponse(IReadOnlyList<CourseDto> Courses, Pagination Pagination);

public sealed record Pagination(int CurrentPage, int TotalPages, int TotalCount, int Limit);
