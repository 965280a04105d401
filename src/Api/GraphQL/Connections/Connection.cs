using Ardalis.Result;
using GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.Api.GraphQL.Connections;

/// <summary>A page of a list as a connection resolves it; the total is counted only if a client asks.</summary>
public sealed class Connection<T>(Slice<T> slice, Func<CancellationToken, Task<int>> count)
{
    // Built only when a client selects edges: most ask for nodes alone.
    public IReadOnlyList<Edge<T>> Edges => slice.Items.Select((item, i) => new Edge<T>(CursorPaging.Encode(slice.Offset + i), item)).ToList();

    public IEnumerable<T> Nodes => slice.Items;

    public PageInfo PageInfo => slice.Items.Count == 0
        ? new(slice.HasNextPage, slice.HasPreviousPage, null, null)
        : new(slice.HasNextPage, slice.HasPreviousPage, CursorPaging.Encode(slice.Offset), CursorPaging.Encode(slice.Offset + slice.Items.Count - 1));

    public Task<int> TotalCountAsync(CancellationToken ct) => count(ct);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public static class Connection
{
    /// <summary>Resolves a list field: reads its arguments, pages through the use case, counts lazily.</summary>
    public static async Task<Connection<TDto>> ResolveAsync<TEntity, TDto>(
        IResolveFieldContext context,
        QueryableFields<TEntity> fields,
        Func<BrowseQuery, CancellationToken, Task<Result<Slice<TDto>>>> page,
        Func<Filter?, CancellationToken, Task<int>> count)
    {
        var request = ListArguments.Read(context, fields);
        var slice = (await page(request, context.CancellationToken)).ValueOrThrow();
        return new Connection<TDto>(slice, ct => count(request.Where, ct));
    }
}
