using Ardalis.Result;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Querying;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Application.Paging;

/// <summary>
/// Reads one page of an ordered list. Numbered pages (REST's contract) skip to their offset. Cursor windows
/// (GraphQL connections) continue from a row's key values (<see cref="KeysetCursor"/>), so a page a million
/// rows deep costs what the first does. One extra row is read to learn whether the list goes on, so nothing
/// is counted unless the total is asked for.
/// </summary>
public sealed class Paginator(IOptions<PagingOptions> options)
{
    public async Task<Result<Page<T>>> PageAsync<T>(IListReader<T> reader, QueryShape<T> shape, PageRequest request, bool includeTotal, CancellationToken ct) =>
        request switch
        {
            NumberedPage numbered => await NumberedAsync(reader, shape, numbered, includeTotal, ct),
            CursorWindow window => await WindowAsync(reader, shape, window, includeTotal, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request, "Unknown kind of page."),
        };

    private async Task<Result<Page<T>>> NumberedAsync<T>(IListReader<T> reader, QueryShape<T> shape, NumberedPage page, bool includeTotal, CancellationToken ct)
    {
        var limits = options.Value;
        var errors = new FieldErrors();
        if (page.Number < 1 || page.Number > limits.MaxPageNumber)
        {
            errors.Add("Page", $"{FieldViolation.Placeholder} must be between 1 and {limits.MaxPageNumber}.");
        }

        if (page.Size < 1 || page.Size > page.MaxSize)
        {
            errors.Add("Limit", $"{FieldViolation.Placeholder} must be between 1 and {page.MaxSize}.");
        }

        if (errors.Any)
        {
            return errors.ToInvalid<Page<T>>();
        }

        var skip = (int)Math.Min((long)(page.Number - 1) * page.Size, int.MaxValue);
        var rows = await reader.QueryAsync(shape, skip, page.Size + 1, ct);
        int? total = includeTotal ? await reader.CountAsync(shape, ct) : null;
        return new Page<T>(rows.Take(page.Size).ToList(), [], rows.Count > page.Size, skip > 0, total);
    }

    private async Task<Result<Page<T>>> WindowAsync<T>(IListReader<T> reader, QueryShape<T> shape, CursorWindow window, bool includeTotal, CancellationToken ct)
    {
        var limits = options.Value;
        var errors = new FieldErrors();
        CheckSize(nameof(window.First), window.First, limits.MaxPageSize, errors);
        CheckSize(nameof(window.Last), window.Last, limits.MaxPageSize, errors);
        var after = Decode(shape, nameof(window.After), window.After, errors);
        var before = Decode(shape, nameof(window.Before), window.Before, errors);
        if (errors.Any)
        {
            return errors.ToInvalid<Page<T>>();
        }

        // From the end (last without first) the list is read backwards from its end or from `before`;
        // otherwise forwards from its start or from `after`. The other cursor, if any, bounds the far end.
        var backwards = window.Last is not null && window.First is null;
        var (from, until) = backwards ? (before, after) : (after, before);
        var size = backwards ? window.Last!.Value : window.First ?? limits.DefaultPageSize;
        var direction = backwards ? shape.Reversed() : shape;
        if (until is not null)
        {
            direction = direction.Narrow(new Keyset<T>(direction, until, reverse: true, reader.Nulls).All());
        }

        // One row more than asked tells whether the list goes on, even for an empty window (first: 0).
        var rows = new List<T>();
        IEnumerable<QueryShape<T>> parts = from is null ? [direction] : new Keyset<T>(direction, from, reverse: false, reader.Nulls).Parts().Select(direction.Narrow);
        foreach (var part in parts)
        {
            rows.AddRange(await reader.QueryAsync(part, 0, size + 1 - rows.Count, ct));
            if (rows.Count > size)
            {
                break;
            }
        }

        var more = rows.Count > size;
        var items = rows.Take(size).ToList();
        var trimmed = false;
        if (backwards)
        {
            items.Reverse();
        }
        else if (window.Last is { } last && items.Count > last)
        {
            // first and last together: the tail of the first window.
            items = items[^last..];
            trimmed = true;
        }

        int? total = includeTotal ? await reader.CountAsync(shape, ct) : null;
        var cursors = new LazyCursors<T>(shape, items);
        return backwards
            ? new Page<T>(items, cursors, HasNextPage: before is not null, HasPreviousPage: more, total)
            : new Page<T>(items, cursors, HasNextPage: more, HasPreviousPage: after is not null || trimmed, total);
    }

    private static void CheckSize(string name, int? size, int max, FieldErrors errors)
    {
        if (size < 0)
        {
            errors.Add(name, $"{FieldViolation.Placeholder} cannot be negative.");
        }
        else if (size > max)
        {
            errors.Add(name, $"{FieldViolation.Placeholder} may be at most {max}; page through larger lists with after/before.", ErrorCodes.PageTooLarge);
        }
    }

    private static object?[]? Decode<T>(QueryShape<T> shape, string name, string? cursor, FieldErrors errors)
    {
        if (cursor is null)
        {
            return null;
        }

        var (values, problem) = KeysetCursor.Decode(shape, cursor);
        switch (problem)
        {
            case CursorProblem.NotACursor:
                errors.Add(name, $"{FieldViolation.Placeholder} is not a cursor this list returned.");
                break;
            case CursorProblem.OtherOrder:
                errors.Add(name, $"{FieldViolation.Placeholder} is a cursor of this list in another order; ask with the order it came from, or start again without it.");
                break;
        }

        return values;
    }
}
