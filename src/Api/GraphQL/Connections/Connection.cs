using Ardalis.Result;
using GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.Api.GraphQL.Connections;

/// <summary>A page of a list as a connection resolves it.</summary>
public sealed class Connection<T>(Page<T> page)
{
    // Built only when a client selects edges: most ask for nodes alone.
    public IReadOnlyList<Edge<T>> Edges => page.Items.Select((item, i) => new Edge<T>(page.Cursors[i], item)).ToList();

    public IEnumerable<T> Nodes => page.Items;

    public PageInfo PageInfo => page.Items.Count == 0
        ? new(page.HasNextPage, page.HasPreviousPage, null, null)
        : new(page.HasNextPage, page.HasPreviousPage, page.Cursors[0], page.Cursors[^1]);

    /// <summary>Counted with the page when the client selected it (see <see cref="ListArguments.Read{T}"/>).</summary>
    public int TotalCount => page.TotalCount ?? throw new InvalidOperationException("totalCount was not selected, so it was not counted.");
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public static class Connection
{
    /// <summary>Resolves a list field: reads its arguments and pages through the use case.</summary>
    public static async Task<Connection<TDto>> ResolveAsync<TEntity, TDto>(
        IResolveFieldContext context, QueryableFields<TEntity> fields, Func<ListQuery, CancellationToken, Task<Result<Page<TDto>>>> list) =>
        new((await list(ListArguments.Read(context, fields), context.CancellationToken)).ValueOrThrow());
}
