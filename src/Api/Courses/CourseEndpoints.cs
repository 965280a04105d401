using VideoPlatform.Api.Caching;
using VideoPlatform.Application.Courses.AssignCourseOwner;
using VideoPlatform.Api.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Courses.CreateCourse;
using VideoPlatform.Application.Courses.DeleteCourse;
using VideoPlatform.Application.Courses.GetCourseOutline;
using VideoPlatform.Application.Courses.PublishCourse;
using VideoPlatform.Application.CourseVideos.ListVideosOfCourse;
using VideoPlatform.Application.Lessons;
using VideoPlatform.Application.Metadata;
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

    /// <summary>The admin and student search pages ask for 1000 courses at once.</summary>
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapCourses(this IEndpointRouteBuilder app)
    {
        // The old gateway served the list and create under /courses too (the admin video page, the course wizard).
        foreach (var prefix in new[] { "/api/courses", "/courses" })
        {
            var group = app.MapGroup(prefix).WithTags("Courses");
            group.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.Author).WithSummary("Create a course");
            group.MapGet("/", ListAsync).CachedUntilChanged().WithSummary("List courses, filtered by status and paged");
            group.MapPost("/{id:int}/publish", (int id, PublishCourseHandler handler, CancellationToken ct) => PublishAsync(id, true, handler, ct))
                .RequireAuthorization(AccessPolicies.Author).WithSummary("Publish a course");
            group.MapPost("/{id:int}/unpublish", (int id, PublishCourseHandler handler, CancellationToken ct) => PublishAsync(id, false, handler, ct))
                .RequireAuthorization(AccessPolicies.Author).WithSummary("Unpublish a course (back to draft)");
        }

        var courses = app.MapGroup("/api/courses").WithTags("Courses");
        courses.MapGet("/{id:int}", GetAsync).CachedUntilChanged().WithSummary("A course with its sections and lessons");
        courses.MapPut("/{id:int}", UpdateAsync).RequireAuthorization(AccessPolicies.Author).WithSummary("Change a course's details");
        courses.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(AccessPolicies.Admin)
            .WithSummary("Delete a course with its sections, lessons and videos");
        courses.MapPut("/{id:int}/owner", AssignOwnerAsync).RequireAuthorization(AccessPolicies.Admin).WithSummary("Give a course to another owner");
        courses.MapGet("/{id:int}/videos", VideosAsync).CachedUntilChanged().WithSummary("A course's videos");
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
        // The old course service compared status ignoring case, and "all" meant no filter.
        var filter = MetadataSearch.Filter(status?.Trim().Equals("all", StringComparison.OrdinalIgnoreCase) == true ? null : status, search,
            FilterOperator.EqIgnoreCase, nameof(Course.Title), nameof(Course.Description));
        var query = new ListQuery(filter, MetadataSearch.NewestFirst, new NumberedPage(number, size, MaxLimit), IncludeTotal: true);
        var result = await handler.HandleAsync(query, ct);
        if (!result.IsSuccess)
        {
            return result.ToProblem();
        }

        var total = result.Value.TotalCount!.Value;
        return TypedResults.Ok(new CourseListResponse(result.Value.Items,
            new Pagination(number, MetadataSearch.TotalPages(total, size), total, size)));
    }

    private static async Task<Results<Ok<CourseOutlineResponse>, ProblemHttpResult>> GetAsync(int id, GetCourseOutlineHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ct);
        return result.IsSuccess ? TypedResults.Ok(CourseOutlineResponse.From(result.Value)) : result.ToProblem();
    }

    /// <summary>The course's videos as a bare array (the preview page reads it unwrapped).</summary>
    private static async Task<Results<Ok<IReadOnlyList<VideoDto>>, ProblemHttpResult>> VideosAsync(int id, ListVideosOfCourseHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<Results<Ok<CoursePublishedResponse>, ProblemHttpResult>> PublishAsync(
        int id, bool publish, PublishCourseHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, publish, ct);
        return result.IsSuccess
            ? TypedResults.Ok(publish
                ? new CoursePublishedResponse("Course published successfully", result.Value.Videos.Select(v => new TranscodingResult(v.VideoHash, v.Status)).ToList())
                : new CoursePublishedResponse("Course unpublished successfully", null))
            : result.ToProblem();
    }

    private static async Task<Results<Ok<CourseDto>, ProblemHttpResult>> UpdateAsync(
        int id, CourseChanges body, UpdateCourseHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, body, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<Results<Ok<CourseDto>, ProblemHttpResult>> AssignOwnerAsync(
        int id, CourseOwnerBody body, AssignCourseOwnerHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, body.OwnerId, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.ToProblem();
    }

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> DeleteAsync(int id, DeleteCourseHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ct);
        return result.IsSuccess ? TypedResults.Ok(new MessageResponse("Course deleted successfully")) : result.ToProblem();
    }
}

public sealed record CourseCreatedResponse(int CourseId, string Message);

/// <summary><c>{"owner_id": "…"}</c>: the new owner's id, their token's sub.</summary>
public sealed record CourseOwnerBody(string? OwnerId);

public sealed record CourseListResponse(IReadOnlyList<CourseDto> Courses, Pagination Pagination);

public sealed record Pagination(int CurrentPage, int TotalPages, int TotalCount, int Limit);

/// <summary>The old course service's publish answer; <c>transcoding_results</c> only when publishing.</summary>
public sealed record CoursePublishedResponse(
    string Message,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<TranscodingResult>? TranscodingResults);

public sealed record TranscodingResult(string VideoHash, string? Status);

/// <summary>A course as the old course service answered it: its fields, then its sections with their lessons.</summary>
public sealed record CourseOutlineResponse : CourseDto
{
    public IReadOnlyList<SectionResponse> Sections { get; init; } = [];

    public static CourseOutlineResponse From(CourseOutline outline) => new CourseOutlineResponse(outline.Course)
    {
        Sections = outline.Sections.Select(s => new SectionResponse(s.Section.Id, s.Section.Title, s.Section.Order,
            s.Section.LearningObjectives, s.Lessons)).ToList(),
    };

    private CourseOutlineResponse(CourseDto course) : base(course)
    {
    }
}

public sealed record SectionResponse(int Id, string Title, int Order, IReadOnlyList<string> LearningObjectives, IReadOnlyList<LessonDto> Lessons);
