namespace VideoPlatform.Application.Paging;

/// <summary>One page of a list, with what a client needs to move on from it.</summary>
/// <param name="Cursors">For a cursor window, each item's place in the list (<see cref="KeysetCursor"/>); empty for numbered pages.</param>
/// <param name="TotalCount">The length of the whole list, when it was asked for.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Cursors, bool HasNextPage, bool HasPreviousPage, int? TotalCount)
{
    public Page<TOther> Map<TOther>(Func<T, TOther> map) => new(Items.Select(map).ToList(), Cursors, HasNextPage, HasPreviousPage, TotalCount);
}
