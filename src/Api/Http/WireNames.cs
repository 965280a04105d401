using System.Text.Json;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Api.Http;

/// <summary>The REST wire's names for the domain's fields (snake_case, as the old services spoke).</summary>
public static class WireNames
{
    public static string Of(string? field) => string.IsNullOrEmpty(field) ? string.Empty : JsonNamingPolicy.SnakeCaseLower.ConvertName(field);

    /// <summary>A use case's message with its field written the REST way.</summary>
    public static string Render(string message, string? field) =>
        message.Replace(FieldViolation.Placeholder, Of(field), StringComparison.Ordinal);
}
