namespace VideoPlatform.Application.Querying;

/// <summary>One sort key, by the domain's field name; lists always end with the primary key so pages are stable.</summary>
public sealed record SortKey(string Field, bool Descending);
