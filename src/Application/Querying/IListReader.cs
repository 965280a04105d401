namespace VideoPlatform.Application.Querying;

/// <summary>Where a store puts rows without a value when it orders by that key.</summary>
public enum NullsSortAs
{
    /// <summary>First when ascending, last when descending (SQLite).</summary>
    Smallest,

    /// <summary>Last when ascending, first when descending (PostgreSQL).</summary>
    Largest,
}

/// <summary>A store that runs a list's <see cref="QueryShape{T}"/> in its database.</summary>
public interface IListReader<T>
{
    /// <summary>How the store orders missing values; a cursor continues a list only in the store's own order.</summary>
    NullsSortAs Nulls { get; }

    /// <summary>A filtered, ordered window of rows, run in the database.</summary>
    Task<IReadOnlyList<T>> QueryAsync(QueryShape<T> shape, int skip, int take, CancellationToken ct);

    Task<int> CountAsync(QueryShape<T> shape, CancellationToken ct);
}
