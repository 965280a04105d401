using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Querying;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Courses.BrowseCourses;

/// <summary>Courses as a filterable, sortable, cursor-paged list (the GraphQL <c>courses</c> connection).</summary>
public sealed class BrowseCoursesHandler(ICourseRepository courses, CursorPaging paging, IMapper mapper)
{
    public static QueryableFields<Course> Fields { get; } = new QueryableFields<Course>()
        .Int("id", c => c.Id)
        .String("title", c => c.Title)
        .String("subtitle", c => c.Subtitle)
        .String("description", c => c.Description)
        .String("category", c => c.Category)
        .String("subcategory", c => c.Subcategory)
        .String("level", c => c.Level)
        .String("language", c => c.Language)
        .Float("price", c => c.Price)
        .String("currency", c => c.Currency)
        .String("status", c => c.Status)
        .DateTime("createdAt", c => c.CreatedAt)
        .DateTime("updatedAt", c => c.UpdatedAt);

    public async Task<Result<Slice<CourseDto>>> HandleAsync(BrowseQuery query, CancellationToken ct)
    {
        var shape = QueryShape<Course>.Create(Fields, query.Where, query.Order, c => c.Id);
        var page = await paging.PageAsync(query.Window, (skip, take, t) => courses.QueryAsync(shape, skip, take, t),
            t => courses.CountAsync(shape, t), ct);
        return page.Map(slice => slice.Map(mapper.Map<CourseDto>));
    }

    public Task<int> CountAsync(Filter? where, CancellationToken ct) =>
        courses.CountAsync(QueryShape<Course>.Create(Fields, where, [], c => c.Id), ct);

    /// <summary>Courses by id, for resolving many parents' course at once.</summary>
    public async Task<IReadOnlyDictionary<int, CourseDto>> ByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        (await courses.ListByIdsAsync(ids, ct)).ToDictionary(c => c.Id, mapper.Map<CourseDto>);
}
