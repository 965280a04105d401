using System.Text;
using GraphQL;
using GraphQL.Transport;
using VideoPlatform.Api.Caching;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// GraphQL's side of the read cache: a query's answer kept until the stores change, under two keys. The request
/// as sent (GET's query string, POST's body) is looked up before anything is parsed, so a repeated request costs
/// neither JSON nor GraphQL parsing; the resolved operation (its text once a persisted query or an operation id
/// is resolved, its operation name and variables) is looked up next, so the same query sent in another form
/// (by hash, with other whitespace) is found too. A request that registers a persisted query (query and hash
/// together) is never answered by its raw form, so the query is always stored for the hash-only requests after it.
/// </summary>
public static class KeptOperations
{
    /// <summary>Where a request's answer is kept: the version read at, the raw key, then the resolved one.</summary>
    public sealed record Place(long Version, string? Raw)
    {
        public string? Resolved { get; init; }
    }

    /// <summary>The place for a request whose body is <paramref name="body"/>; null when its answer may not be kept (credentials, cache off).</summary>
    public static Place? Start(HttpContext http, ReadOnlySpan<byte> body) =>
        Version(http, body.Length) is { } version ? new Place(version, "POST " + Encoding.UTF8.GetString(body)) : null;

    /// <summary>The place for a GET whose query string is <paramref name="query"/>.</summary>
    public static Place? Start(HttpContext http, string query) =>
        Version(http, query.Length) is { } version ? new Place(version, "GET " + query) : null;

    private static long? Version(HttpContext http, int rawLength) =>
        http.RequestServices.GetRequiredService<ReadCache>().VersionFor(http.Request, rawLength);

    /// <summary>The place once the request is resolved to the operation it runs.</summary>
    public static Place? Resolve(HttpContext http, Place? place, GraphQLRequest sent, GraphQLRequest resolved)
    {
        if (place is null || string.IsNullOrEmpty(resolved.Query) ||
            resolved.Query.Length > http.RequestServices.GetRequiredService<ReadCache>().Options.MaxKeyChars)
        {
            return null;
        }

        var registers = sent.Query is not null && sent.Extensions?.ContainsKey("persistedQuery") == true;
        var variables = resolved.Variables is null ? string.Empty : http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().Serialize(resolved.Variables);
        return place with { Raw = registers ? null : place.Raw, Resolved = string.Concat(resolved.OperationName, "\n", variables, "\n", resolved.Query) };
    }

    public static CachedAnswer? Find(HttpContext http, Place? place, string? key) =>
        place is not null && key is not null ? http.RequestServices.GetRequiredService<ReadCache>().Find(key, place.Version) : null;

    public static void Keep(HttpContext http, Place place, CachedAnswer answer)
    {
        var cache = http.RequestServices.GetRequiredService<ReadCache>();
        foreach (var key in (ReadOnlySpan<string?>)[place.Raw, place.Resolved])
        {
            if (key is not null)
            {
                cache.Keep(key, place.Version, answer);
            }
        }
    }

    /// <summary>
    /// The running operation's answer is not to be kept: a field read something the stores' version does not
    /// cover (files on disk, which the media pipeline changes without a write to the databases).
    /// </summary>
    public static void DoNotKeep(IResolveFieldContext context) => context.UserContext[NotKept] = true;

    /// <summary>Whether a field of the operation run with <paramref name="userContext"/> said <see cref="DoNotKeep"/>.</summary>
    public static bool MayKeep(IDictionary<string, object?> userContext) => !userContext.ContainsKey(NotKept);

    private const string NotKept = "videoplatform.readCache.notKept";

    /// <summary>A kept answer goes out as it was first written, counted as the operation it answers.</summary>
    public static GraphQLResponses.Answer Answer(HttpContext http, CachedAnswer kept)
    {
        http.RequestServices.GetRequiredService<Telemetry.GraphQLMetrics>().Executed(kept.OperationName, "query", succeeded: true, TimeSpan.Zero);
        return new(StatusCodes.Status200OK, new ExecutionResult()) { Kept = kept };
    }
}
