using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.CourseVideos.ListCourseVideos;
using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Querying;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Courses.ListCourses;

/// <summary>Courses, filtered, sorted and paged in the database: REST's numbered pages and GraphQL's connection alike.</summary>
public sealed class ListCoursesHandler(ICourseRepository courses, Paginator paginator, IMapper mapper)
{
    public static QueryableFields<Course> Fields { get; } = QueryableFields<Course>.FromProperties()
        .Many<CourseVideo>("Videos", () => ListCourseVideosHandler.Fields, (course, video) => video.CourseId == course.Id);

    public async Task<Result<Page<CourseDto>>> HandleAsync(ListQuery query, CancellationToken ct)
    {
        if (query.Check() is { Any: true } tooLarge)
        {
            return tooLarge.ToInvalid<Page<CourseDto>>();
        }

        var shape = QueryShape<Course>.Create(Fields, query.Where, query.Order, c => c.Id);
        var page = await paginator.PageAsync(courses, shape, query.Page, query.IncludeTotal, ct);
        return page.Map(p => p.Map(mapper.Map<CourseDto>));
    }
}
