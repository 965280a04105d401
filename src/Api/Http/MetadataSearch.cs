using VideoPlatform.Application.Querying;

namespace VideoPlatform.Api.Http;

/// <summary>
/// The old services' list parameters in the domain's filter language: <c>status</c> matches as each list's
/// contract says, and <c>search</c> finds the text in any of the given fields, ignoring case. Lists are newest first.
/// </summary>
public static class MetadataSearch
{
    public static IReadOnlyList<SortKey> NewestFirst { get; } = [new("CreatedAt", Descending: true)];

    public static Filter? Filter(string? status, string? search, FilterOperator statusMatch, params string[] searchFields)
    {
        var fields = new Dictionary<string, FieldFilter>();
        if (!string.IsNullOrWhiteSpace(status))
        {
            fields["Status"] = Condition(statusMatch, status.Trim());
        }

        List<Filter> anyOf = [];
        if (!string.IsNullOrWhiteSpace(search))
        {
            anyOf.AddRange(searchFields.Select(f => new Filter(
                new Dictionary<string, FieldFilter> { [f] = Condition(FilterOperator.Contains, search.Trim()) }, [], [])));
        }

        return fields.Count == 0 && anyOf.Count == 0 ? null : new Filter(fields, [], anyOf);
    }

    public static int TotalPages(int total, int size) => total == 0 ? 0 : (int)Math.Ceiling(total / (double)size);

    private static FieldFilter Condition(FilterOperator op, object value) => new([new Condition(op, value)], [], []);
}
