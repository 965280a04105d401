using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// Parsed documents that already passed validation, by query text and operation name: clients send the
/// same few queries over and over, and a hit skips parsing and validation, which cost more than a simple
/// page query itself. The operation name is part of the key because the limits (depth, complexity) are
/// checked for the operation that runs, not for the document. Only saves work: every instance may hold a
/// different set, and a miss just does the full job.
/// </summary>
public sealed class DocumentCache
{
    private const int MaxEntries = 1000;
    private const int MaxQueryLength = 20_000;
    private readonly ConcurrentDictionary<(string Query, string? Operation), GraphQLDocument> _documents = new();

    public GraphQLDocument? Find(string? query, string? operationName) =>
        query is not null && _documents.TryGetValue((query, operationName), out var document) ? document : null;

    public void Remember(string query, string? operationName, GraphQLDocument document)
    {
        if (query.Length > MaxQueryLength)
        {
            return;
        }

        if (_documents.Count >= MaxEntries)
        {
            _documents.Clear(); // crude, bounded, and rare: a real client set is far below the limit
        }

        _documents.TryAdd((query, operationName), document);
    }
}
