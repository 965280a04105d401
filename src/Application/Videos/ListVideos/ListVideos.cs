using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Application.Videos.ListVideos;

public sealed record ListVideosQuery(int? Page, int? Limit, string? Status, string? Search);

public sealed record VideoList(IReadOnlyList<VideoDto> Videos, int Total, int Page, int Limit, int TotalPages);

public sealed class ListVideosHandler(IVideoRepository videos, IMapper mapper)
{
    public const int DefaultLimit = 10;

    public async Task<Result<VideoList>> HandleAsync(ListVideosQuery query, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var page = PageRequest.From(query.Page, query.Limit, DefaultLimit, errors);
        if (errors.Any)
        {
            return errors.ToInvalid<VideoList>();
        }

        var status = string.IsNullOrWhiteSpace(query.Status) ? null : query.Status.Trim();
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var (items, total) = await videos.ListAsync(status, search, page.Skip, page.Limit, ct);
        return new VideoList(mapper.Map<List<VideoDto>>(items), total, page.Page, page.Limit, page.TotalPages(total));
    }
}
