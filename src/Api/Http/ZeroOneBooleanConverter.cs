using System.Text.Json;
using System.Text.Json.Serialization;

namespace VideoPlatform.Api.Http;

/// <summary>
/// A video's flags on the REST wire are the integers 0 and 1, as the old SQLite-backed services wrote
/// them; JSON true and false are read too. Anything else is refused with a message naming the choices.
/// </summary>
internal sealed class ZeroOneBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number when reader.TryGetInt32(out var value) && value is 0 or 1 => value == 1,
        _ => throw new JsonException(Choices),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteNumberValue(value ? 1 : 0);

    public const string Choices = "must be 0 or 1";
}

/// <summary>The same for an optional flag, where null means "not given".</summary>
internal sealed class NullableZeroOneBooleanConverter : JsonConverter<bool?>
{
    private static readonly ZeroOneBooleanConverter Value = new();

    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : Value.Read(ref reader, typeof(bool), options);

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            Value.Write(writer, flag, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
