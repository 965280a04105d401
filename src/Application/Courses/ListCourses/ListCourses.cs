using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Application.Courses.ListCourses;

public sealed record ListCoursesQuery(int? Page, int? Limit, string? Status, string? Search);

public sealed record CourseList(IReadOnlyList<CourseDto> Courses, int Total, int Page, int Limit, int TotalPages);

public sealed class ListCoursesHandler(ICourseRepository courses, IMapper mapper)
{
    public const int DefaultLimit = 25;

    public async Task<Result<CourseList>> HandleAsync(ListCoursesQuery query, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var page = PageRequest.From(query.Page, query.Limit, DefaultLimit, errors);
        if (errors.Any)
        {
            return errors.ToInvalid<CourseList>();
        }

        var (items, total) = await courses.ListAsync(Blank(query.Status), Blank(query.Search), page.Skip, page.Limit, ct);
        return new CourseList(mapper.Map<List<CourseDto>>(items), total, page.Page, page.Limit, page.TotalPages(total));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
