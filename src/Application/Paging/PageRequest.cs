using VideoPlatform.Application.Validation;

namespace VideoPlatform.Application.Paging;

/// <summary>A 1-based page of a REST list; limit is capped so one request cannot read a whole table.</summary>
public readonly record struct PageRequest(int Page, int Limit)
{
    public const int MaxLimit = 100;

    public int Skip => (Page - 1) * Limit;

    public static PageRequest From(int? page, int? limit, int defaultLimit, FieldErrors errors)
    {
        var p = page ?? 1;
        var l = limit ?? defaultLimit;
        if (p < 1)
        {
            errors.Add("page", "page must be 1 or more.");
        }

        if (l < 1 || l > MaxLimit)
        {
            errors.Add("limit", $"limit must be between 1 and {MaxLimit}.");
        }

        // Far pages would overflow the offset; nobody pages that deep through a video list.
        if (p > 1_000_000)
        {
            errors.Add("page", "page must be at most 1000000.");
        }

        return new PageRequest(p, l);
    }

    public int TotalPages(int total) => total == 0 ? 0 : (int)Math.Ceiling(total / (double)Limit);
}
