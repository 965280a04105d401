using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VideoPlatform.Api.Http;

/// <summary>
/// Timestamps on the REST wire as the old Python services wrote them (<c>datetime.isoformat()</c> of a naive
/// UTC datetime: <c>2026-11-23T10:15:30.123456</c>), which the deployed clients parse.
/// </summary>
internal sealed class PythonIsoDateTimeConverter : JsonConverter<DateTime>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTime.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
