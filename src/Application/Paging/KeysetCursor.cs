using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.Application.Paging;

/// <summary>
/// A row's place in an ordered list, as an opaque base64url string: the order it belongs to, then the row's
/// value of each sort key, the id last. Values rather than a position are what let a page deep in a list cost
/// what the first one does (the database seeks to them through an index), and keep a page where it was while
/// rows are added before it.
/// </summary>
internal static class KeysetCursor
{
    /// <summary>Text keys can be long (a description sorts too); nothing this service issues is longer.</summary>
    public const int MaxLength = 128 * 1024;

    private static readonly ConditionalWeakTable<LambdaExpression, Delegate> Compiled = [];

    /// <summary>The order a cursor belongs to: its keys' names and directions.</summary>
    public static string Signature<T>(QueryShape<T> shape) =>
        string.Join(',', shape.Order.Select(k => k.Descending ? $"{k.Name} desc" : k.Name));

    public static string Encode<T>(QueryShape<T> shape, T row)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(Signature(shape));
            foreach (var key in shape.Order)
            {
                Write(json, Read(key, row));
            }

            json.WriteEndArray();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    /// <summary>The key values a cursor holds, or why it cannot continue this list.</summary>
    public static (object?[]? Values, CursorProblem Problem) Decode<T>(QueryShape<T> shape, string cursor)
    {
        if (cursor.Length > MaxLength)
        {
            return (null, CursorProblem.NotACursor);
        }

        // TryDecodeFromChars throws on characters outside the alphabet; IsValid answers instead.
        if (!Base64Url.IsValid(cursor, out var length))
        {
            return (null, CursorProblem.NotACursor);
        }

        var bytes = new byte[length];
        var written = Base64Url.DecodeFromChars(cursor, bytes);

        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory(0, written), new JsonDocumentOptions { MaxDepth = 2 });
            var items = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.EnumerateArray().ToList() : [];
            if (items.Count == 0 || items[0].ValueKind != JsonValueKind.String)
            {
                return (null, CursorProblem.NotACursor);
            }

            if (items[0].GetString() != Signature(shape) || items.Count != shape.Order.Count + 1)
            {
                return (null, CursorProblem.OtherOrder);
            }

            var values = new object?[shape.Order.Count];
            for (var i = 0; i < values.Length; i++)
            {
                if (!TryRead(items[i + 1], shape.Order[i], out values[i]))
                {
                    return (null, CursorProblem.NotACursor);
                }
            }

            return (values, CursorProblem.None);
        }
        catch (JsonException)
        {
            return (null, CursorProblem.NotACursor);
        }
    }

    private static object? Read<T>(OrderKey key, T row) =>
        key.Member.Body is MemberExpression { Member: PropertyInfo property, Expression: ParameterExpression }
            ? property.GetValue(row)
            : Compiled.GetValue(key.Member, m => m.Compile()).DynamicInvoke(row);

    private static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case int number: json.WriteNumberValue(number); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case DateTime time: json.WriteNumberValue(time.Ticks); break;
            // As text: a stored NaN or infinity has no JSON number.
            case double real: json.WriteStringValue(real.ToString("R", CultureInfo.InvariantCulture)); break;
            default: throw new ArgumentException($"A sort key of type {value.GetType().Name} cannot be written into a cursor.");
        }
    }

    private static bool TryRead(JsonElement element, OrderKey key, out object? value)
    {
        value = null;
        if (element.ValueKind == JsonValueKind.Null)
        {
            // Only a key that can be missing can be missing in a cursor.
            return !key.Member.ReturnType.IsValueType || Nullable.GetUnderlyingType(key.Member.ReturnType) is not null;
        }

        switch (key.Kind)
        {
            case FieldKind.String when element.ValueKind == JsonValueKind.String:
                value = element.GetString();
                return true;
            case FieldKind.Int when element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var number):
                value = number;
                return true;
            case FieldKind.Boolean when element.ValueKind is JsonValueKind.True or JsonValueKind.False:
                value = element.GetBoolean();
                return true;
            case FieldKind.DateTime when element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var ticks) && ticks >= 0 && ticks <= DateTime.MaxValue.Ticks:
                value = new DateTime(ticks, DateTimeKind.Utc);
                return true;
            case FieldKind.Float when element.ValueKind == JsonValueKind.String &&
                                      double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var real):
                value = real;
                return true;
            default:
                return false;
        }
    }
}

/// <summary>
/// The cursors of a page's items, encoded when a client asks for one: most connections are read as
/// <c>nodes</c> alone, and encoding fifty cursors nobody reads is work on every page.
/// </summary>
internal sealed class LazyCursors<T>(QueryShape<T> shape, IReadOnlyList<T> items) : IReadOnlyList<string>
{
    private readonly string?[] _encoded = new string?[items.Count];

    public int Count => items.Count;

    public string this[int index] => _encoded[index] ??= KeysetCursor.Encode(shape, items[index]);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

internal enum CursorProblem
{
    None,
    NotACursor,
    OtherOrder,
}
