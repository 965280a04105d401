using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Querying;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Videos.ListVideos;

/// <summary>Admin videos, filtered, sorted and paged in the database: REST's numbered pages and GraphQL's connection alike.</summary>
public sealed class ListVideosHandler(IVideoRepository videos, Paginator paginator, IMapper mapper)
{
    public static QueryableFields<Video> Fields { get; } = QueryableFields<Video>.FromProperties([.. VideoMetadata.ProcessingFields, nameof(VideoMetadata.ScheduledAt)])
        .Named(nameof(VideoMetadata.ScheduledAtUtc), nameof(VideoMetadata.ScheduledAt));

    public async Task<Result<Page<VideoDto>>> HandleAsync(ListQuery query, CancellationToken ct)
    {
        if (query.Check() is { Any: true } tooLarge)
        {
            return tooLarge.ToInvalid<Page<VideoDto>>();
        }

        var shape = QueryShape<Video>.Create(Fields, query.Where, query.Order, v => v.Id);
        var page = await paginator.PageAsync(videos, shape, query.Page, query.IncludeTotal, ct);
        return page.Map(p => p.Map(mapper.Map<VideoDto>));
    }
}
