using System.Text.Json;
using System.Text.Json.Serialization;

namespace VideoPlatform.Api.Http;

/// <summary>
/// A value the domain keeps as JSON text (a lesson's resources) travels on the wire as the JSON it is, not
/// as a string holding JSON: whatever JSON arrives is kept as its text; the domain's rules judge its shape.
/// </summary>
internal sealed class RawJsonTextConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.GetRawText();
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteRawValue(value, skipInputValidation: false);
        }
    }
}
