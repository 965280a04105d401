using VideoPlatform.Application.Querying;

namespace VideoPlatform.UnitTests.Querying;

public sealed class QueryShapeTests
{
    private sealed record Row(int Id, string? Name, double? Price, bool Active, DateTime? At);

    private sealed record Part(int Id, int RowId, string Kind);

    private static readonly QueryableFields<Row> Fields = new QueryableFields<Row>()
        .Int("id", r => r.Id).String("name", r => r.Name).Float("price", r => r.Price).Boolean("active", r => r.Active).DateTime("at", r => r.At)
        .Many<Part>("parts", () => PartFields!, (row, part) => part.RowId == row.Id);

    private static readonly QueryableFields<Part> PartFields = new QueryableFields<Part>()
        .Int("id", p => p.Id).String("kind", p => p.Kind)
        .One<Row>("row", () => Fields, (part, row) => row.Id == part.RowId);

    // Row 1 has only bolts, row 2 bolts and nuts, row 3 only nuts, row 4 nothing.
    private static readonly Part[] Parts = [new(1, 1, "bolt"), new(2, 2, "bolt"), new(3, 2, "nut"), new(4, 3, "nut")];

    private static readonly Row[] Rows =
    [
        new(1, "Alpha", 10, true, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
        new(2, "beta", 20, false, new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc)),
        new(3, null, null, true, null),
        new(4, "ALPHABET", 5, false, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc)),
    ];

    private static int[] Run(Filter? filter, params SortKey[] order) =>
        QueryShape<Row>.Create(Fields, filter, order, r => r.Id).Apply(Rows.AsQueryable(), new Tables()).Select(r => r.Id).ToArray();

    private sealed class Tables : IQuerySources
    {
        public IQueryable<TEntity> Rows<TEntity>() where TEntity : class =>
            typeof(TEntity) == typeof(Part) ? (IQueryable<TEntity>)Parts.AsQueryable() : (IQueryable<TEntity>)QueryShapeTests.Rows.AsQueryable();
    }

    private static Filter Kind(string kind) => Where("kind", FilterOperator.Eq, kind);

    [Fact]
    public void Related_rows_filter_with_some_all_none_and_any()
    {
        Filter Related(RelatedFilter related) => Filter.Empty with { Related = new Dictionary<string, RelatedFilter> { ["parts"] = related } };

        Assert.Equal([1, 2], Run(Related(new RelatedFilter(Some: Kind("bolt")))));
        Assert.Equal([1, 4], Run(Related(new RelatedFilter(All: Kind("bolt")))));
        Assert.Equal([3, 4], Run(Related(new RelatedFilter(None: Kind("bolt")))));
        Assert.Equal([1, 2, 3], Run(Related(new RelatedFilter(Any: true))));
        Assert.Equal([4], Run(Related(new RelatedFilter(Any: false))));
        Assert.Equal([2], Run(Related(new RelatedFilter(Some: Kind("nut"))) with { And = [Related(new RelatedFilter(Some: Kind("bolt")))] }));
    }

    [Fact]
    public void A_relation_back_to_the_same_entity_nests()
    {
        // Parts whose row has a nut: the relation from part to row, then from row to its parts again.
        var hasNut = Filter.Empty with { Related = new Dictionary<string, RelatedFilter> { ["parts"] = new(Some: Kind("nut")) } };
        var filter = Filter.Empty with { Related = new Dictionary<string, RelatedFilter> { ["row"] = new(Is: hasNut) } };

        var ids = QueryShape<Part>.Create(PartFields, filter, [], p => p.Id).Apply(Parts.AsQueryable(), new Tables()).Select(p => p.Id).ToArray();

        Assert.Equal([2, 3, 4], ids);
    }

    private static Filter Where(string field, FilterOperator op, object? value) =>
        new(new Dictionary<string, FieldFilter> { [field] = new([new Condition(op, value)], [], []) }, [], []);

    [Theory]
    [InlineData("name", FilterOperator.Contains, "alpha", new[] { 1, 4 })]
    [InlineData("name", FilterOperator.NContains, "ALPHA", new[] { 2, 3 })]
    [InlineData("name", FilterOperator.StartsWith, "BE", new[] { 2 })]
    [InlineData("name", FilterOperator.EndsWith, "bet", new[] { 4 })]
    [InlineData("name", FilterOperator.Eq, "Alpha", new[] { 1 })]
    [InlineData("name", FilterOperator.Eq, null, new[] { 3 })]
    [InlineData("price", FilterOperator.Gte, 10.0, new[] { 1, 2 })]
    [InlineData("price", FilterOperator.Nlt, 10.0, new[] { 1, 2, 3 })]
    [InlineData("active", FilterOperator.Eq, true, new[] { 1, 3 })]
    [InlineData("id", FilterOperator.Lt, 3, new[] { 1, 2 })]
    public void Conditions_select_the_matching_rows(string field, FilterOperator op, object? value, int[] expected)
    {
        Assert.Equal(expected, Run(Where(field, op, value)));
    }

    [Fact]
    public void In_and_nin_take_lists_and_dates_compare_as_instants()
    {
        Assert.Equal([1, 3], Run(Where("id", FilterOperator.In, new object[] { 1, 3 })));
        Assert.Equal([2, 4], Run(Where("id", FilterOperator.Nin, new List<object> { 1, 3 })));
        Assert.Equal([2, 4], Run(Where("at", FilterOperator.Gt, new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero))));
    }

    [Fact]
    public void And_and_or_groups_combine()
    {
        var filter = new Filter(new Dictionary<string, FieldFilter>(), [Where("active", FilterOperator.Eq, false)],
            [Where("id", FilterOperator.Eq, 2), Where("id", FilterOperator.Eq, 4)]);

        Assert.Equal([2, 4], Run(filter));
        Assert.Equal([2], Run(filter with { Or = [Where("price", FilterOperator.Gt, 6.0)] }));
    }

    [Fact]
    public void Sorting_ends_with_the_key_in_the_direction_of_the_last_sort()
    {
        Assert.Equal([4, 2, 3, 1], Run(null, new SortKey("active", false), new SortKey("id", true)));
        Assert.Equal([2, 1, 4, 3], Run(null, new SortKey("price", true))); // nulls last when descending, as in SQLite
        Assert.Equal([1, 2, 3, 4], Run(null));
    }
}
