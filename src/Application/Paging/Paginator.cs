using System.Globalization;
using System.Text;
using Ardalis.Result;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Application.Paging;

/// <summary>
/// Reads one page of an ordered list, by number or by cursor. Cursors encode the position in the list (as
/// HotChocolate's offset paging does). One extra row is read to learn whether a next page exists, so no
/// COUNT runs unless the total is asked for, or a client pages from the end without a cursor.
/// </summary>
public sealed class Paginator(IOptions<PagingOptions> options)
{
    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(offset.ToString(CultureInfo.InvariantCulture)));

    /// <param name="fetch">Reads <c>take</c> rows after skipping <c>skip</c>.</param>
    /// <param name="count">Counts the whole list.</param>
    public async Task<Result<Page<T>>> PageAsync<T>(
        PageRequest request,
        bool includeTotal,
        Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> fetch,
        Func<CancellationToken, Task<int>> count,
        CancellationToken ct)
    {
        var errors = new FieldErrors();
        var window = request switch
        {
            NumberedPage numbered => Numbered(numbered, errors),
            CursorWindow cursor => Cursor(cursor, errors),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request, "Unknown kind of page."),
        };
        if (errors.Any)
        {
            return errors.ToInvalid<Page<T>>();
        }

        int? total = includeTotal || window.NeedsCount ? await count(ct) : null;
        var (skip, take) = window.Resolve(total);
        // One row more than asked tells whether a next page exists, even for an empty window (first: 0).
        var rows = await fetch(skip, take + 1, ct);
        var hasNext = rows.Count > take;
        return new Page<T>(rows.Take(take).ToList(), skip, hasNext, skip > 0, total);
    }

    private Window Numbered(NumberedPage page, FieldErrors errors)
    {
        var limits = options.Value;
        if (page.Number < 1 || page.Number > limits.MaxPageNumber)
        {
            errors.Add("Page", $"{FieldViolation.Placeholder} must be between 1 and {limits.MaxPageNumber}.");
        }

        if (page.Size < 1 || page.Size > page.MaxSize)
        {
            errors.Add("Limit", $"{FieldViolation.Placeholder} must be between 1 and {page.MaxSize}.");
        }

        var skip = (long)(page.Number - 1) * page.Size;
        return new Window((int)Math.Clamp(skip, 0, int.MaxValue), null, page.Size, null);
    }

    private Window Cursor(CursorWindow window, FieldErrors errors)
    {
        var limits = options.Value;
        CheckSize(nameof(window.First), window.First, limits.MaxPageSize, errors);
        CheckSize(nameof(window.Last), window.Last, limits.MaxPageSize, errors);
        var after = Decode(nameof(window.After), window.After, errors);
        var before = Decode(nameof(window.Before), window.Before, errors);
        var first = window.First ?? (window.Last is null ? limits.DefaultPageSize : null);
        return new Window(after is { } a ? a + 1 : 0, before, first, window.Last);
    }

    private static void CheckSize(string name, int? size, int max, FieldErrors errors)
    {
        if (size < 0)
        {
            errors.Add(name, $"{FieldViolation.Placeholder} cannot be negative.");
        }
        else if (size > max)
        {
            errors.Add(name, $"{FieldViolation.Placeholder} may be at most {max}; page through larger lists with after/before.", ErrorCodes.TooLarge);
        }
    }

    private static int? Decode(string name, string? cursor, FieldErrors errors)
    {
        if (cursor is null)
        {
            return null;
        }

        if (cursor.Length <= 16)
        {
            Span<byte> bytes = stackalloc byte[12];
            if (Convert.TryFromBase64String(cursor, bytes, out var written) &&
                int.TryParse(bytes[..written], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }

        errors.Add(name, $"{FieldViolation.Placeholder} is not a cursor this list returned.");
        return null;
    }

    /// <summary>Rows from <see cref="Start"/> up to (not including) <see cref="End"/>, the first or last few of them.</summary>
    private sealed record Window(int Start, int? End, int? First, int? Last)
    {
        /// <summary>Taking the last rows of an open-ended list needs its length.</summary>
        public bool NeedsCount => First is null && End is null;

        public (int Skip, int Take) Resolve(int? total)
        {
            var end = End ?? (NeedsCount ? total : null);
            if (First is { } first)
            {
                var skip = Start;
                var take = end is { } e ? Math.Min(first, Math.Max(0, e - Start)) : first;
                if (Last is { } last && take > last)
                {
                    skip += take - last;
                    take = last;
                }

                return (skip, take);
            }

            var count = Math.Min(Last!.Value, Math.Max(0, end!.Value - Start));
            return (end.Value - count, count);
        }
    }
}
