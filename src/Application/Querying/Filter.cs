namespace VideoPlatform.Application.Querying;

public enum FilterOperator
{
    Eq,
    Neq,
    In,
    Nin,
    Contains,
    NContains,
    StartsWith,
    NStartsWith,
    EndsWith,
    NEndsWith,
    Gt,
    Ngt,
    Gte,
    Ngte,
    Lt,
    Nlt,
    Lte,
    Nlte,

    /// <summary>Text equality ignoring case (REST's course status filter); not one of HotChocolate's operations.</summary>
    EqIgnoreCase,
}

/// <summary>One operation on one field's value, e.g. <c>contains "sql"</c> or <c>in [1, 2]</c>.</summary>
public sealed record Condition(FilterOperator Operator, object? Value);

/// <summary>The conditions on one field, combined like the entity filter: all of them, and/or nested groups.</summary>
public sealed record FieldFilter(IReadOnlyList<Condition> Conditions, IReadOnlyList<FieldFilter> And, IReadOnlyList<FieldFilter> Or);

/// <summary>
/// A filter over an entity: every field filter must hold, every filter in <see cref="And"/> must hold,
/// and at least one in <see cref="Or"/> (when there are any).
/// </summary>
public sealed record Filter(IReadOnlyDictionary<string, FieldFilter> Fields, IReadOnlyList<Filter> And, IReadOnlyList<Filter> Or)
{
    public static Filter Empty { get; } = new(new Dictionary<string, FieldFilter>(), [], []);

    /// <summary>Conditions on related rows, by relation name (see <see cref="QueryableRelation"/>); all must hold.</summary>
    public IReadOnlyDictionary<string, RelatedFilter> Related { get; init; } = new Dictionary<string, RelatedFilter>();
}

/// <summary>
/// A condition on the rows a relation reaches. For one related row (a course video's course): <see cref="Is"/>.
/// For many (a course's videos): <see cref="Some"/> holds for at least one, <see cref="All"/> for every one,
/// <see cref="None"/> for none, and <see cref="Any"/> says whether there are any at all. Each given part must hold.
/// </summary>
public sealed record RelatedFilter(Filter? Is = null, Filter? Some = null, Filter? All = null, Filter? None = null, bool? Any = null);
