using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Querying;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Videos.BrowseVideos;

/// <summary>Admin videos as a filterable, sortable, cursor-paged list (the GraphQL <c>videos</c> connection).</summary>
public sealed class BrowseVideosHandler(IVideoRepository videos, CursorPaging paging, IMapper mapper)
{
    public static QueryableFields<Video> Fields { get; } = MetadataFields.Add(new QueryableFields<Video>())
        .Int("courseId", v => v.CourseId);

    public async Task<Result<Slice<VideoDto>>> HandleAsync(BrowseQuery query, CancellationToken ct)
    {
        var shape = QueryShape<Video>.Create(Fields, query.Where, query.Order, v => v.Id);
        var page = await paging.PageAsync(query.Window, (skip, take, t) => videos.QueryAsync(shape, skip, take, t),
            t => videos.CountAsync(shape, t), ct);
        return page.Map(slice => slice.Map(mapper.Map<VideoDto>));
    }

    public Task<int> CountAsync(Filter? where, CancellationToken ct) =>
        videos.CountAsync(QueryShape<Video>.Create(Fields, where, [], v => v.Id), ct);
}
