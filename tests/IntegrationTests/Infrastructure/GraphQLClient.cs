using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VideoPlatform.IntegrationTests.Infrastructure;

public static class GraphQLClient
{
    public static Task<HttpResponseMessage> PostGraphQLAsync(this HttpClient client, string query, object? variables = null) =>
        client.PostAsJsonAsync("/graphql", new { query, variables });

    /// <summary>Runs a query that must succeed without errors and returns its data.</summary>
    public static async Task<JsonNode> GraphQLDataAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostGraphQLAsync(query, variables);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        var body = JsonNode.Parse(text)!;
        Assert.True(body["errors"] is null, $"unexpected errors: {text}");
        return body["data"]!;
    }

    /// <summary>Runs a query that must fail and returns its first error.</summary>
    public static async Task<JsonNode> GraphQLErrorAsync(this HttpClient client, string query, int status = 200)
    {
        var response = await client.PostGraphQLAsync(query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text}");
        var errors = JsonNode.Parse(text)!["errors"]?.AsArray();
        Assert.True(errors is { Count: > 0 }, $"expected errors: {text}");
        Assert.DoesNotContain("   at ", text);
        return errors![0]!;
    }
}
