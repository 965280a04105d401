using System.Globalization;
using System.Text;
using Ardalis.Result;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Application.Querying;

/// <summary>Page sizes for cursor connections (configuration section "Paging").</summary>
public sealed class PagingOptions
{
    public const string Section = "Paging";

    public int DefaultPageSize { get; set; } = 10;

    public int MaxPageSize { get; set; } = 50;
}

/// <summary>
/// Cursor paging over an ordered list, with cursors that encode the position in the list (as
/// HotChocolate's offset paging does). One extra row is read to learn whether a next page exists, so no
/// COUNT is needed unless the client pages from the end without a cursor.
/// </summary>
public sealed class CursorPaging(IOptions<PagingOptions> options)
{
    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(offset.ToString(CultureInfo.InvariantCulture)));

    public async Task<Result<Slice<T>>> PageAsync<T>(
        CursorWindow window,
        Func<int, int, CancellationToken, Task<IReadOnlyList<T>>> fetch,
        Func<CancellationToken, Task<int>> count,
        CancellationToken ct)
    {
        var limits = options.Value;
        var errors = new FieldErrors();
        CheckSize("first", window.First, limits.MaxPageSize, errors);
        CheckSize("last", window.Last, limits.MaxPageSize, errors);
        var after = Decode("after", window.After, errors);
        var before = Decode("before", window.Before, errors);
        if (errors.Any)
        {
            return errors.ToInvalid<Slice<T>>();
        }

        var start = after is { } a ? a + 1 : 0;
        int? end = before;
        var first = window.First ?? (window.Last is null ? limits.DefaultPageSize : null);
        if (window.Last is not null && end is null)
        {
            end = await count(ct);
        }

        int skip, take;
        if (first is { } f)
        {
            skip = start;
            take = end is { } e ? Math.Min(f, Math.Max(0, e - start)) : f;
            if (window.Last is { } l && take > l)
            {
                skip += take - l;
                take = l;
            }
        }
        else
        {
            take = Math.Min(window.Last!.Value, Math.Max(0, end!.Value - start));
            skip = end.Value - take;
        }

        var rows = take == 0 ? [] : await fetch(skip, take + 1, ct);
        var hasNext = rows.Count > take || (take == 0 && before is not null);
        return new Slice<T>(rows.Take(take).ToList(), skip, hasNext, skip > 0);
    }

    private static void CheckSize(string name, int? size, int max, FieldErrors errors)
    {
        if (size < 0)
        {
            errors.Add(name, $"{name} cannot be negative.");
        }
        else if (size > max)
        {
            errors.Add(name, $"{name} may be at most {max}; page through larger lists with after/before.", ErrorCodes.TooLarge);
        }
    }

    private static int? Decode(string name, string? cursor, FieldErrors errors)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            if (int.TryParse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        errors.Add(name, $"{name} is not a cursor this list returned.");
        return null;
    }
}

/// <summary>What a list query asks for: a filter, an order, and a window.</summary>
public sealed record BrowseQuery(Filter? Where, IReadOnlyList<SortKey> Order, CursorWindow Window);
