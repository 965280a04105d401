using Microsoft.Extensions.Options;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.Api.Caching;

/// <summary>The <c>ReadCache</c> section: answers to anonymous reads kept in memory until the data changes.</summary>
public sealed class ReadCacheOptions
{
    public const string Section = "ReadCache";

    public bool Enabled { get; set; } = true;

    /// <summary>Memory all kept answers and their keys may take together; when full, the cache starts over.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The largest single answer kept; larger ones are answered, not kept.</summary>
    public int MaxAnswerBytes { get; set; } = 1024 * 1024;

    /// <summary>The longest key (path and query string, or a GraphQL operation with its variables) looked up.</summary>
    public int MaxKeyChars { get; set; } = 16 * 1024;
}

/// <summary>An answer as it went out: the body's bytes, and what GraphQL's metrics name it by.</summary>
public sealed record CachedAnswer(byte[] Body, string? ContentType, string? OperationName = null);

/// <summary>
/// Answers to reads, kept for exactly one version of the stores (<see cref="IStoreVersion"/>): a request takes
/// the version before it reads, and an answer is found only under the version it was read at. A committed
/// write moves the version on, so no read after a write that has answered is served from before it, and
/// everything kept before the write is dropped at once. Bounded in bytes; answers depend on nobody's
/// credentials, so only requests without any are looked up (<see cref="IsAnonymous"/>).
/// </summary>
public sealed class ReadCache(IStoreVersion store, IOptions<ReadCacheOptions> options)
{
    private Generation _current = new(long.MinValue);

    public ReadCacheOptions Options => options.Value;

    /// <summary>The version to read at and to keep the answer under; null when nothing may be kept now.</summary>
    public long? Version() => options.Value.Enabled ? store.Current() : null;

    /// <summary>
    /// The version for <paramref name="request"/>, whose key will be <paramref name="keyLength"/> characters; null
    /// when its answer may not be kept: it carries credentials, its key is too long, or the cache is off.
    /// </summary>
    public long? VersionFor(HttpRequest request, int keyLength) =>
        keyLength <= options.Value.MaxKeyChars && IsAnonymous(request) ? Version() : null;

    public CachedAnswer? Find(string key, long version)
    {
        var generation = Volatile.Read(ref _current);
        return generation.Version == version && generation.Answers.TryGetValue(key, out var answer) ? answer : null;
    }

    public void Keep(string key, long version, CachedAnswer answer)
    {
        if (answer.Body.Length > options.Value.MaxAnswerBytes || key.Length > options.Value.MaxKeyChars)
        {
            return;
        }

        var generation = Volatile.Read(ref _current);
        if (generation.Version != version)
        {
            // A read that began before the latest write finishes late: what it read may already be stale.
            if (version < generation.Version)
            {
                return;
            }

            Interlocked.CompareExchange(ref _current, new Generation(version), generation);
            generation = Volatile.Read(ref _current);
            if (generation.Version != version)
            {
                return;
            }
        }

        // Counted once per key: two requests that missed together keep the same answer.
        if (!generation.Answers.TryAdd(key, answer))
        {
            return;
        }

        if (Interlocked.Add(ref generation.Bytes, answer.Body.Length + key.Length * sizeof(char)) > options.Value.MaxBytes)
        {
            // Full (many distinct reads): start over rather than track what is used least.
            Interlocked.CompareExchange(ref _current, new Generation(version), generation);
        }
    }

    /// <summary>
    /// Whether a request carries none of the credentials this service reads (a token, an API key), so its answer
    /// is everybody's. Cookies are not among them: a browser on the site's own domain sends its cookies with every
    /// call, and they change no answer here.
    /// </summary>
    private static bool IsAnonymous(HttpRequest request) =>
        !request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Authorization) &&
        !request.Headers.ContainsKey(Access.ApiKeyAuthenticationHandler.Header);

    private sealed class Generation(long version)
    {
        public readonly long Version = version;
        public readonly System.Collections.Concurrent.ConcurrentDictionary<string, CachedAnswer> Answers = new(StringComparer.Ordinal);
        public long Bytes;
    }
}
