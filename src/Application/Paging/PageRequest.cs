namespace VideoPlatform.Application.Paging;

/// <summary>Which part of a list a client wants.</summary>
public abstract record PageRequest;

/// <summary>Page <see cref="Number"/> (from 1) of pages of <see cref="Size"/> items, at most <see cref="MaxSize"/> (each list's own contract).</summary>
public sealed record NumberedPage(int Number, int Size, int MaxSize) : PageRequest;

/// <summary>Cursor paging arguments as a connection client sends them (Relay / HotChocolate).</summary>
public sealed record CursorWindow(int? First, string? After, int? Last, string? Before) : PageRequest
{
    public static CursorWindow Default { get; } = new(null, null, null, null);
}
