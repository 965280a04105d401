using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// Parsed documents that already passed validation, by query text. Clients send the same few queries over
/// and over; a hit skips parsing and validation, which cost more than a simple page query itself. Only
/// saves work: every instance may hold a different set, and a miss just does the full job.
/// </summary>
public sealed class DocumentCache
{
    private const int MaxEntries = 1000;
    private const int MaxQueryLength = 20_000;
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public GraphQLDocument? Find(string? query) => query is not null && _documents.TryGetValue(query, out var document) ? document : null;

    public void Remember(string query, GraphQLDocument document)
    {
        if (query.Length > MaxQueryLength)
        {
            return;
        }

        if (_documents.Count >= MaxEntries)
        {
            _documents.Clear(); // crude, bounded, and rare: a real client set is far below the limit
        }

        _documents.TryAdd(query, document);
    }
}
