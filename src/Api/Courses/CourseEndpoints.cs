using VideoPlatform.Api.Http;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Courses.CreateCourse;
using VideoPlatform.Application.Courses.DeleteCourse;
using VideoPlatform.Application.Courses.GetCourse;
using VideoPlatform.Application.Courses.ListCourses;
using VideoPlatform.Application.Courses.UpdateCourse;

namespace VideoPlatform.Api.Courses;

public static class CourseEndpoints
{
    public static IEndpointRouteBuilder MapCourses(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/courses").WithTags("Courses");

        group.MapPost("/", async (CourseFields body, CreateCourseHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(body, ct)).ToHttp(course => TypedResults.Created(
                $"/api/courses/{course.Id}", new { course_id = course.Id, message = "Course created successfully" })));

        group.MapGet("/", async (int? page, int? limit, string? status, string? search, ListCoursesHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(new ListCoursesQuery(page, limit, status, search), ct)).ToHttp(list => TypedResults.Ok(new
            {
                courses = list.Courses,
                pagination = new { current_page = list.Page, total_pages = list.TotalPages, total_count = list.Total, limit = list.Limit },
            })));

        group.MapGet("/{id:int}", async (int id, GetCourseHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(TypedResults.Ok));

        group.MapPut("/{id:int}", async (int id, CourseFields body, UpdateCourseHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, body, ct)).ToHttp(TypedResults.Ok));

        group.MapDelete("/{id:int}", async (int id, DeleteCourseHandler handler, CancellationToken ct) =>
            (await handler.HandleAsync(id, ct)).ToHttp(_ => TypedResults.Ok(new { message = "Course deleted successfully" })));

        return app;
    }
}
