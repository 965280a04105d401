namespace VideoPlatform.Application.Paging;

/// <summary>Which part of a list a client wants.</summary>
public abstract record PageRequest;

/// <summary>Page <see cref="Number"/> (from 1) of pages of <see cref="Size"/> items.</summary>
public sealed record NumberedPage(int Number, int Size) : PageRequest;

/// <summary>Cursor paging arguments as a connection client sends them (Relay / HotChocolate).</summary>
public sealed record CursorWindow(int? First, string? After, int? Last, string? Before) : PageRequest
{
    public static CursorWindow Default { get; } = new(null, null, null, null);
}

/// <summary>One page of a list, with what a client needs to move on from it.</summary>
/// <param name="Offset">The position of the first item in the whole list.</param>
/// <param name="TotalCount">The length of the whole list, when it was asked for.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, bool HasNextPage, bool HasPreviousPage, int? TotalCount)
{
    public Page<TOther> Map<TOther>(Func<T, TOther> map) => new(Items.Select(map).ToList(), Offset, HasNextPage, HasPreviousPage, TotalCount);
}
