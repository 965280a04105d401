using VideoPlatform.Application.Querying;

namespace VideoPlatform.Api.GraphQL.Connections;

/// <summary>A page of a list as a connection resolves it; the total is counted only if a client asks.</summary>
public sealed class Connection<T>(Slice<T> slice, Func<CancellationToken, Task<int>> count)
{
    public IReadOnlyList<Edge<T>> Edges { get; } =
        slice.Items.Select((item, i) => new Edge<T>(CursorPaging.Encode(slice.Offset + i), item)).ToList();

    public IEnumerable<T> Nodes => slice.Items;

    public PageInfo PageInfo => new(slice.HasNextPage, slice.HasPreviousPage, Edges.FirstOrDefault()?.Cursor, Edges.LastOrDefault()?.Cursor);

    public Task<int> TotalCountAsync(CancellationToken ct) => count(ct);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
