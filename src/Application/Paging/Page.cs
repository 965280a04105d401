namespace VideoPlatform.Application.Paging;

/// <summary>One page of a list, with what a client needs to move on from it.</summary>
/// <param name="Offset">The position of the first item in the whole list.</param>
/// <param name="TotalCount">The length of the whole list, when it was asked for.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, bool HasNextPage, bool HasPreviousPage, int? TotalCount)
{
    public Page<TOther> Map<TOther>(Func<T, TOther> map) => new(Items.Select(map).ToList(), Offset, HasNextPage, HasPreviousPage, TotalCount);
}
