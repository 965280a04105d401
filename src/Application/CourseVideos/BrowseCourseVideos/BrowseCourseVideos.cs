using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Querying;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.CourseVideos.BrowseCourseVideos;

/// <summary>
/// Course videos in courses.db as a filterable, sortable, cursor-paged list (the GraphQL
/// <c>courseVideos</c> connection). Paged in SQL, so it does not include legacy rows still in videos.db;
/// a course's merged list is <see cref="ListCourseVideos.ListCourseVideosHandler"/>.
/// </summary>
public sealed class BrowseCourseVideosHandler(ICourseVideoRepository courseVideos, CursorPaging paging, IMapper mapper)
{
    public static QueryableFields<CourseVideo> Fields { get; } = MetadataFields.Add(new QueryableFields<CourseVideo>())
        .Int("courseId", v => v.CourseId);

    public async Task<Result<Slice<VideoDto>>> HandleAsync(int? courseId, BrowseQuery query, CancellationToken ct)
    {
        var shape = Shape(courseId, query.Where, query.Order);
        var page = await paging.PageAsync(query.Window, (skip, take, t) => courseVideos.QueryAsync(shape, skip, take, t),
            t => courseVideos.CountAsync(shape, t), ct);
        return page.Map(slice => slice.Map(mapper.Map<VideoDto>));
    }

    public Task<int> CountAsync(int? courseId, Filter? where, CancellationToken ct) => courseVideos.CountAsync(Shape(courseId, where, []), ct);

    private static QueryShape<CourseVideo> Shape(int? courseId, Filter? where, IReadOnlyList<SortKey> order)
    {
        var scoped = courseId is null ? where : (where ?? Filter.Empty) with
        {
            And = [.. where?.And ?? [], new Filter(new Dictionary<string, FieldFilter>
            {
                ["courseId"] = new([new Condition(FilterOperator.Eq, courseId)], [], []),
            }, [], [])],
        };
        return QueryShape<CourseVideo>.Create(Fields, scoped, order, v => v.Id);
    }
}
