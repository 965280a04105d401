using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Application.Querying;

/// <summary>What a list query asks for: a filter, an order, which page, and whether to count the whole list.</summary>
public sealed record ListQuery(Filter? Where, IReadOnlyList<SortKey> Order, PageRequest Page, bool IncludeTotal = false)
{
    public static ListQuery All(PageRequest page) => new(null, [], page);

    /// <summary>What is too large about the query; checked before anything is built from it.</summary>
    public FieldErrors Check()
    {
        var errors = new FieldErrors();
        FilterLimits.Check(Where, errors);
        if (Order.Count > FilterLimits.MaxConditions)
        {
            errors.Add(nameof(Order), $"{Domain.Common.FieldViolation.Placeholder} may hold at most {FilterLimits.MaxConditions} sort keys.");
        }

        return errors;
    }
}
