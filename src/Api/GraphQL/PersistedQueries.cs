using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// Automatic persisted queries (Apollo's protocol, which HotChocolate also speaks): a client sends only the
/// SHA-256 of its query in <c>extensions.persistedQuery.sha256Hash</c>; on a miss it gets
/// <c>PersistedQueryNotFound</c> and sends the query with the hash once, which stores it, so later requests,
/// GET ones included (cacheable by a CDN), carry the hash alone. Queries are kept in memory per instance,
/// bounded in total characters; an instance that has not seen one answers a miss and the client resends it.
/// </summary>
/// <remarks>
/// Also HotChocolate's operation ids: <c>{"id": "…"}</c> (or <c>documentId</c>) names an operation registered
/// at build time as <c>{id}.graphql</c> in <see cref="GraphQLOptions.OperationsFolder"/>.
/// </remarks>
public sealed class PersistedQueries(IOptions<GraphQLOptions> options) : IDisposable
{
    private readonly MemoryCache _queries = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxPersistedQueryChars });
    private readonly Lazy<IReadOnlyDictionary<string, string>> _operations = new(() => LoadOperations(options.Value.OperationsFolder));

    /// <summary>The request with its query filled in from the store, or the answer that refuses it.</summary>
    public (GraphQLRequest? Request, GraphQLResponses.Answer? Refusal) Resolve(GraphQLRequest request)
    {
        if (string.IsNullOrEmpty(request.Query) && request.DocumentId is { } id)
        {
            return _operations.Value.TryGetValue(id, out var operation)
                ? (Copy(request, operation), null)
                : (null, GraphQLResponses.Refused($"The query id `{(id.Length > 100 ? id[..100] + "…" : id)}` is unknown.", "HC0015"));
        }

        if (request.Extensions?.TryGetValue("persistedQuery", out var value) != true)
        {
            return (request, null);
        }

        if (value is not IReadOnlyDictionary<string, object?> persisted ||
            !persisted.TryGetValue("version", out var version) || version is not (1 or 1L or 1m or 1d) ||
            !persisted.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hash || !IsSha256(hash))
        {
            return (null, GraphQLResponses.Refused(
                "extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}.", "PERSISTED_QUERY_INVALID"));
        }

        hash = hash.ToLowerInvariant();
        if (string.IsNullOrEmpty(request.Query))
        {
            return _queries.TryGetValue(hash, out string? stored)
                ? (Copy(request, stored!), null)
                : (null, new GraphQLResponses.Answer(StatusCodes.Status200OK, new ExecutionResult
                {
                    // The message is what Apollo's client looks for; the code is HotChocolate's for it.
                    Errors = [new ExecutionError("PersistedQueryNotFound") { Code = "HC0020" }],
                }));
        }

        if (!Hash(request.Query).Equals(hash, StringComparison.Ordinal))
        {
            return (null, GraphQLResponses.Refused("extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.", "PERSISTED_QUERY_HASH_MISMATCH"));
        }

        if (request.Query.Length <= options.Value.MaxPersistedQueryChars)
        {
            _queries.Set(hash, request.Query, new MemoryCacheEntryOptions { Size = request.Query.Length, SlidingExpiration = TimeSpan.FromDays(1) });
        }

        return (request, null);
    }

    public void Dispose() => _queries.Dispose();

    /// <summary>HotChocolate names a registered operation <c>id</c>; graphql-dotnet reads only <c>documentId</c>.</summary>
    public static void ReadOperationIds(ReadOnlyMemory<byte> body, GraphQLRequest?[] batch)
    {
        if (batch.All(r => r is null || r.Query is not null || r.DocumentId is not null) || body.Span.IndexOf("\"id\""u8) < 0)
        {
            return;
        }

        using var json = JsonDocument.Parse(body);
        var roots = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToList() : [json.RootElement];
        for (var i = 0; i < Math.Min(roots.Count, batch.Length); i++)
        {
            if (batch[i] is { DocumentId: null } request && roots[i].ValueKind == JsonValueKind.Object &&
                roots[i].TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                request.DocumentId = id.GetString();
            }
        }
    }

    private static GraphQLRequest Copy(GraphQLRequest request, string query) => new()
    {
        Query = query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        DocumentId = request.DocumentId,
        Extensions = request.Extensions,
    };

    private static IReadOnlyDictionary<string, string> LoadOperations(string? folder)
    {
        var path = Path.GetFullPath(folder ?? Path.Combine(AppContext.BaseDirectory, "graphql-operations"));
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.graphql").ToDictionary(file => Path.GetFileNameWithoutExtension(file)!, File.ReadAllText, StringComparer.Ordinal)
            : new Dictionary<string, string>();
    }

    private static bool IsSha256(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigit);

    private static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
