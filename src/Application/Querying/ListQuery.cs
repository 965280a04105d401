using VideoPlatform.Application.Paging;

namespace VideoPlatform.Application.Querying;

/// <summary>What a list query asks for: a filter, an order, which page, and whether to count the whole list.</summary>
public sealed record ListQuery(Filter? Where, IReadOnlyList<SortKey> Order, PageRequest Page, bool IncludeTotal = false)
{
    public static ListQuery All(PageRequest page) => new(null, [], page);
}
