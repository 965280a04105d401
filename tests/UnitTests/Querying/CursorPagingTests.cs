using System.Linq.Expressions;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.UnitTests.Querying;

public sealed class CursorPagingTests
{
    private sealed record Row(int Id, string? Name, DateTime? At, bool Active);

    private static readonly QueryableFields<Row> Fields = QueryableFields<Row>.FromProperties();

    /// <summary>25 rows; every fifth has no name and no time, as old rows might.</summary>
    private readonly List<Row> _rows = Enumerable.Range(0, 25)
        .Select(i => new Row(i, i % 5 == 0 ? null : $"n{i % 7}", i % 5 == 0 ? null : new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i % 4), i % 2 == 0))
        .ToList();

    private readonly Paginator _paging = new(Options.Create(new PagingOptions { DefaultPageSize = 10, MaxPageSize = 20 }));
    private readonly MemoryReader _reader;

    public CursorPagingTests() => _reader = new MemoryReader(_rows);

    private static QueryShape<Row> Shape(params SortKey[] order) => QueryShape<Row>.Create(Fields, null, order, r => r.Id);

    private async Task<Page<Row>> Page(QueryShape<Row> shape, int? first = null, string? after = null, int? last = null, string? before = null)
    {
        var result = await _paging.PageAsync(_reader, shape, new CursorWindow(first, after, last, before), includeTotal: false, default);
        Assert.True(result.IsSuccess, string.Join(", ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    private static IEnumerable<int> Ids(Page<Row> page) => page.Items.Select(r => r.Id);

    [Fact]
    public async Task Without_arguments_the_first_default_page_is_read_without_a_count()
    {
        var page = await Page(Shape());

        Assert.Equal(Enumerable.Range(0, 10), Ids(page));
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Equal(0, _reader.Counts);
    }

    [Fact]
    public async Task First_after_continues_after_the_cursor_and_knows_the_end_without_counting()
    {
        var shape = Shape();
        var cursor = (await Page(shape, first: 20)).Cursors[^1];

        var page = await Page(shape, first: 10, after: cursor);

        Assert.Equal([20, 21, 22, 23, 24], Ids(page));
        Assert.False(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
        Assert.Equal(0, _reader.Counts);
    }

    [Fact]
    public async Task Last_alone_reads_the_end_backwards_without_counting()
    {
        var page = await Page(Shape(), last: 3);

        Assert.Equal([22, 23, 24], Ids(page));
        Assert.False(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
        Assert.Equal(0, _reader.Counts);
    }

    [Fact]
    public async Task Last_before_reads_the_items_just_before_the_cursor()
    {
        var shape = Shape();
        var tenth = (await Page(shape, first: 11)).Cursors[10];

        var page = await Page(shape, last: 3, before: tenth);

        Assert.Equal([7, 8, 9], Ids(page));
        Assert.True(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public async Task After_and_before_together_bound_the_window_at_both_ends_read_from_either_end()
    {
        var shape = Shape(new SortKey(nameof(Row.At), Descending: true));
        var cursors = (await Page(shape, first: 20)).Cursors;
        var all = Ids(await Page(shape, first: 20)).ToList();

        Assert.Equal(all[6..9], Ids(await Page(shape, first: 10, after: cursors[5], before: cursors[9])));
        Assert.Equal(all[7..9], Ids(await Page(shape, last: 2, after: cursors[5], before: cursors[9])));
    }

    [Fact]
    public async Task First_and_last_together_take_the_tail_of_the_first_window()
    {
        Assert.Equal([3, 4], Ids(await Page(Shape(), first: 5, last: 2)));
    }

    [Fact]
    public async Task After_the_last_row_is_an_empty_page()
    {
        var shape = Shape();
        var end = (await Page(shape, last: 1)).Cursors[0];

        var page = await Page(shape, first: 5, after: end);

        Assert.Empty(page.Items);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task A_page_stays_where_it_was_when_rows_are_added_before_it()
    {
        var shape = Shape(new SortKey(nameof(Row.Id), Descending: true));
        var cursor = (await Page(shape, first: 5)).Cursors[^1];
        _rows.Add(new Row(100, "new", null, true));

        Assert.Equal([19, 18, 17, 16, 15], Ids(await Page(shape, first: 5, after: cursor)));
    }

    public static TheoryData<SortKey[], NullsSortAs> Orders => new()
    {
        { [new SortKey(nameof(Row.Name), false)], NullsSortAs.Smallest },
        { [new SortKey(nameof(Row.Name), true)], NullsSortAs.Smallest },
        { [new SortKey(nameof(Row.At), true), new SortKey(nameof(Row.Name), false)], NullsSortAs.Smallest },
        { [new SortKey(nameof(Row.Active), false), new SortKey(nameof(Row.At), false)], NullsSortAs.Smallest },
        { [new SortKey(nameof(Row.At), false)], NullsSortAs.Largest },
        { [new SortKey(nameof(Row.Name), true), new SortKey(nameof(Row.Active), true)], NullsSortAs.Largest },
    };

    /// <summary>Forwards and backwards, page by page, with missing values and ties in the keys: every row once, in the store's order.</summary>
    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Paging_through_any_order_visits_every_row_once_in_the_stores_order(SortKey[] order, NullsSortAs nulls)
    {
        _reader.Nulls = nulls;
        var shape = Shape(order);
        var expected = _reader.Run(shape).Select(r => r.Id).ToList();

        var forwards = new List<int>();
        string? after = null;
        for (var more = true; more;)
        {
            var page = await Page(shape, first: 4, after: after);
            forwards.AddRange(Ids(page));
            (after, more) = (page.Cursors.LastOrDefault(), page.HasNextPage);
        }

        var backwards = new List<int>();
        string? before = null;
        for (var more = true; more;)
        {
            var page = await Page(shape, last: 3, before: before);
            backwards.InsertRange(0, Ids(page));
            (before, more) = (page.Cursors.FirstOrDefault(), page.HasPreviousPage);
        }

        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards);
    }

    [Theory]
    [InlineData(21, null, nameof(CursorWindow.First))]
    [InlineData(-1, null, nameof(CursorWindow.First))]
    [InlineData(null, 21, nameof(CursorWindow.Last))]
    public async Task Page_sizes_outside_the_limits_are_refused(int? first, int? last, string field)
    {
        var result = await _paging.PageAsync(_reader, Shape(), new CursorWindow(first, null, last, null), includeTotal: false, default);

        Assert.Equal(field, Assert.Single(result.ValidationErrors).Identifier);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bm9wZQ")] // "nope"
    [InlineData("WyJJZCIsbnVsbF0")] // ["Id",null]: the id is never missing
    [InlineData("WyJJZCIsIjEiXQ")] // ["Id","1"]: the id is a number
    public async Task Cursors_the_list_did_not_issue_are_refused(string cursor)
    {
        var result = await _paging.PageAsync(_reader, Shape(), new CursorWindow(5, cursor, null, null), includeTotal: false, default);

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal(nameof(CursorWindow.After), error.Identifier);
        Assert.Contains("not a cursor", error.ErrorMessage);
    }

    [Fact]
    public async Task A_cursor_of_the_list_in_another_order_is_refused_as_such()
    {
        var cursor = (await Page(Shape(new SortKey(nameof(Row.Name), false)), first: 2)).Cursors[^1];

        var result = await _paging.PageAsync(_reader, Shape(), new CursorWindow(5, null, 5, cursor), includeTotal: false, default);

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal(nameof(CursorWindow.Before), error.Identifier);
        Assert.Contains("another order", error.ErrorMessage);
    }

    /// <summary>The store in memory, ordering missing values as SQLite (smallest) or PostgreSQL (largest) would.</summary>
    private sealed class MemoryReader(List<Row> rows) : IListReader<Row>
    {
        public NullsSortAs Nulls { get; set; } = NullsSortAs.Smallest;

        public int Counts { get; private set; }

        public IQueryable<Row> Run(QueryShape<Row> shape)
        {
            var query = shape.Apply(rows.AsQueryable(), VideoPlatform.UnitTests.Fakes.NoRelatedRows.Instance);
            // LINQ orders null first, as SQLite does; PostgreSQL's order is modelled by a comparer that puts it last.
            return Nulls == NullsSortAs.Smallest ? query : query.Provider.CreateQuery<Row>(new NullsLast().Visit(query.Expression));
        }

        public Task<IReadOnlyList<Row>> QueryAsync(QueryShape<Row> shape, int skip, int take, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<Row>>(Run(shape).Skip(skip).Take(take).ToList());

        public Task<int> CountAsync(QueryShape<Row> shape, CancellationToken ct)
        {
            Counts++;
            return Task.FromResult(Run(shape).Count());
        }
    }

    private sealed class NullsLast : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(Queryable) || !node.Method.Name.Contains("By") || node.Arguments.Count != 2)
            {
                return base.VisitMethodCall(node);
            }

            var types = node.Method.GetGenericArguments();
            var comparer = Activator.CreateInstance(typeof(NullsLargest<>).MakeGenericType(types[1]))!;
            return Expression.Call(typeof(Queryable), node.Method.Name, types, Visit(node.Arguments[0]), node.Arguments[1],
                Expression.Constant(comparer, typeof(IComparer<>).MakeGenericType(types[1])));
        }
    }

    private sealed class NullsLargest<TKey> : IComparer<TKey>
    {
        public int Compare(TKey? x, TKey? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => Comparer<TKey>.Default.Compare(x, y),
        };
    }
}
