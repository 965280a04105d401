using GraphQL.DataLoader;

namespace VideoPlatform.Api.GraphQL.Batching;

/// <summary>
/// Collects the keys every resolver of one level asks for, then fetches them in one call when the first
/// result is awaited: graphql-dotnet completes a level's fields before it awaits their
/// <see cref="IDataLoaderResult"/>s. One instance per request (results are not shared across requests),
/// and used only under serial execution, which the schema is configured for.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Pending(this, key);
    }

    private async Task<TValue?> ResolveAsync(TKey key, CancellationToken ct)
    {
        if (_pending.Count > 0 && !_loaded.ContainsKey(key))
        {
            var keys = _pending.ToList();
            _pending.Clear();
            foreach (var (k, value) in await fetch(keys, ct))
            {
                _loaded[k] = value;
            }
        }

        return _loaded.GetValueOrDefault(key);
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResolveAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
