using Microsoft.Extensions.Options;
using VideoPlatform.Application.Paging;

namespace VideoPlatform.UnitTests.Querying;

public sealed class CursorPagingTests
{
    private static readonly int[] Items = Enumerable.Range(0, 25).ToArray();
    private readonly Paginator _paging = new(Options.Create(new PagingOptions { DefaultPageSize = 10, MaxPageSize = 20 }));
    private int _counts;

    private async Task<Page<int>> Page(int? first = null, int? after = null, int? last = null, int? before = null)
    {
        var window = new CursorWindow(first, after is { } a ? Paginator.Encode(a) : null, last, before is { } b ? Paginator.Encode(b) : null);
        var result = await _paging.PageAsync(window, includeTotal: false,
            (skip, take, _) => Task.FromResult<IReadOnlyList<int>>(Items.Skip(skip).Take(take).ToList()),
            _ =>
            {
                _counts++;
                return Task.FromResult(Items.Length);
            },
            default);
        Assert.True(result.IsSuccess, string.Join(", ", result.ValidationErrors.Select(e => e.ErrorMessage)));
        return result.Value;
    }

    [Fact]
    public async Task Without_arguments_the_first_default_page_is_read_without_a_count()
    {
        var page = await Page();

        Assert.Equal(Enumerable.Range(0, 10), page.Items);
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Equal(0, _counts);
    }

    [Fact]
    public async Task First_after_continues_after_the_cursor_and_knows_the_end_without_counting()
    {
        var page = await Page(first: 10, after: 19);

        Assert.Equal([20, 21, 22, 23, 24], page.Items);
        Assert.False(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
        Assert.Equal(20, page.Offset);
        Assert.Equal(0, _counts);
    }

    [Fact]
    public async Task Last_alone_counts_once_to_find_the_end()
    {
        var page = await Page(last: 3);

        Assert.Equal([22, 23, 24], page.Items);
        Assert.Equal(1, _counts);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task Last_before_reads_the_items_just_before_the_cursor()
    {
        var page = await Page(last: 3, before: 10);

        Assert.Equal([7, 8, 9], page.Items);
        Assert.True(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
        Assert.Equal(0, _counts);
    }

    [Fact]
    public async Task First_and_last_together_take_the_tail_of_the_first_window()
    {
        Assert.Equal([3, 4], (await Page(first: 5, last: 2)).Items);
    }

    [Fact]
    public async Task Past_the_end_is_an_empty_page()
    {
        var page = await Page(first: 5, after: 40);

        Assert.Empty(page.Items);
        Assert.False(page.HasNextPage);
    }

    [Theory]
    [InlineData(21, null, nameof(CursorWindow.First))]
    [InlineData(-1, null, nameof(CursorWindow.First))]
    [InlineData(null, 21, nameof(CursorWindow.Last))]
    public async Task Page_sizes_outside_the_limits_are_refused(int? first, int? last, string field)
    {
        var result = await _paging.PageAsync(new CursorWindow(first, null, last, null), includeTotal: false,
            (_, _, _) => Task.FromResult<IReadOnlyList<int>>([]), _ => Task.FromResult(0), default);

        Assert.Equal(field, Assert.Single(result.ValidationErrors).Identifier);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("bm9wZQ==")] // "nope"
    public async Task Cursors_the_list_did_not_issue_are_refused(string cursor)
    {
        var result = await _paging.PageAsync(new CursorWindow(5, cursor, null, null), includeTotal: false,
            (_, _, _) => Task.FromResult<IReadOnlyList<int>>([]), _ => Task.FromResult(0), default);

        Assert.Equal(nameof(CursorWindow.After), Assert.Single(result.ValidationErrors).Identifier);
    }
}
