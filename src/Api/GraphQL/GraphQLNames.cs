using System.Text.Json;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Api.GraphQL;

/// <summary>GraphQL's names for the domain's fields (camelCase, as HotChocolate writes them).</summary>
public static class GraphQLNames
{
    public static string Of(string? field) => string.IsNullOrEmpty(field) ? string.Empty : JsonNamingPolicy.CamelCase.ConvertName(field);

    /// <summary>A use case's message with its field written the GraphQL way.</summary>
    public static string Render(string message, string? field) =>
        message.Replace(FieldViolation.Placeholder, Of(field), StringComparison.Ordinal);
}
