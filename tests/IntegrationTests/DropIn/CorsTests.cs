using System.Net;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.DropIn;

/// <summary>The browser pages on the deployed origins may call every route; others may not.</summary>
public sealed class CorsTests : ApiTest
{
    [Theory]
    [InlineData("/videos", "GET")]
    [InlineData("/upload/init", "POST")]
    [InlineData("/api/courses/1", "DELETE")]
    [InlineData("/graphql", "POST")]
    public async Task A_preflight_from_a_listed_origin_is_a_204_naming_methods_and_headers(string path, string method)
    {
        using var preflight = Preflight(path, "http://localhost:3000", method);

        var response = await Client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("http://localhost:3000", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
        Assert.Contains(method, Header(response, "Access-Control-Allow-Methods"));
        var headers = Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant();
        Assert.All(new[] { "content-type", "authorization", "x-api-key" }, h => Assert.Contains(h, headers));
    }

    [Fact]
    public async Task An_actual_request_from_a_listed_origin_carries_the_allow_origin_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/videos");
        request.Headers.Add("Origin", "http://localhost:4000");

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://localhost:4000", Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_unlisted_origin_gets_no_cors_headers()
    {
        var preflight = await Client.SendAsync(Preflight("/videos", "https://evil.example", "POST"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/videos");
        request.Headers.Add("Origin", "https://evil.example");
        var actual = await Client.SendAsync(request);

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Null(Header(actual, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_star_lets_any_origin_in_without_credentials()
    {
        using var folder = new TestFolder();
        using var factory = new ApiFactory(folder, new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "*" });
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Preflight("/videos", "https://anyone.example", "GET"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    private static HttpRequestMessage Preflight(string path, string origin, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization,x-api-key");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
