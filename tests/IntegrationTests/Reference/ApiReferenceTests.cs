using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using VideoPlatform.IntegrationTests.GraphQL;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Reference;

/// <summary>The REST API's OpenAPI document and its reference UI, as a developer exploring the API meets them.</summary>
public sealed class ApiReferenceTests : ApiTest
{
    [Fact]
    public async Task The_document_is_valid_openapi_and_has_every_rest_route()
    {
        var text = await Client.GetStringAsync("/openapi/v1.json");

        var read = OpenApiDocument.Parse(text, "json", new OpenApiReaderSettings());
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        Assert.Empty(read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
        var documented = read.Document!.Paths!.SelectMany(p => p.Value.Operations!.Keys.Select(m => $"{m.Method} {p.Key}")).ToHashSet();
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not null && IsRest(e.RoutePattern.RawText!))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .Where(r => !r.StartsWith("OPTIONS ", StringComparison.Ordinal) && !r.StartsWith("HEAD ", StringComparison.Ordinal))
            .ToHashSet();
        Assert.True(routes.Count > 40, $"only {routes.Count} routes found");
        Assert.Empty(routes.Except(documented));
    }

    [Fact]
    public async Task Operations_have_ids_error_answers_as_problem_documents_and_the_wires_own_types()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/openapi/v1.json"))!;

        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value!)).ToList();
        var ids = operations.Select(o => (string?)o["operationId"]).ToList();
        Assert.All(ids, Assert.NotNull);
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace((string?)o["summary"]), $"{o["operationId"]} has no summary"));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(operations, o => Assert.Equal("#/components/schemas/ProblemDetails",
            (string?)o["responses"]!["4XX"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]));
        var video = document["components"]!["schemas"]!["VideoDto"]!["properties"]!;
        Assert.NotNull(video["transcoding_status"]);
        Assert.Equal("integer", (string?)video["stopped"]!["type"]);
        var init = document["paths"]!["/upload/init"]!["post"]!;
        Assert.Equal("postUploadInit", (string?)init["operationId"]);
        Assert.NotNull(init["security"]);
        Assert.Null(document["paths"]!["/videos"]!["get"]!["security"]);
    }

    /// <summary>The document is a contract with every generated client; accept a change with UPDATE_OPENAPI_SNAPSHOT=1 ./test.sh.</summary>
    [Fact]
    public async Task The_document_matches_the_committed_snapshot()
    {
        var printed = JsonNode.Parse(await Client.GetStringAsync("/openapi/v1.json"))!.ToJsonString(new() { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
        var snapshot = Path.Combine(SourceFolder(), "openapi.json");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI_SNAPSHOT") == "1")
        {
            await File.WriteAllTextAsync(snapshot, printed);
        }

        Assert.True(File.Exists(snapshot), "openapi.json is missing; run UPDATE_OPENAPI_SNAPSHOT=1 ./test.sh");
        Assert.Equal((await File.ReadAllTextAsync(snapshot)).ReplaceLineEndings("\n"), printed);
    }

    [Fact]
    public async Task The_reference_ui_is_served_with_its_assets_from_this_service()
    {
        var page = await Client.GetAsync("/scalar/");
        var html = await page.Content.ReadAsStringAsync();
        var script = await Client.GetAsync("/scalar/scalar.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("\"openapi/v1.json\"", html);
        Assert.DoesNotMatch("src=\"https?://", html);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000, "scalar.js is not the bundled reference");
    }

    private static bool IsRest(string route) =>
        !route.StartsWith("/graphql", StringComparison.Ordinal) && !route.StartsWith("/health", StringComparison.Ordinal) &&
        !route.StartsWith("/openapi", StringComparison.Ordinal) && !route.StartsWith("/scalar", StringComparison.Ordinal);

    /// <summary>A route as OpenAPI writes it: constraints and catch-all markers dropped (<c>{id:int}</c> is <c>{id}</c>).</summary>
    private static string Normalize(string route) =>
        System.Text.RegularExpressions.Regex.Replace("/" + route.TrimStart('/'), @"\{\*{0,2}([A-Za-z_]+)[^}]*\}", "{$1}").TrimEnd('/') is { Length: > 0 } r ? r : "/";

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

/// <summary>The reference renders in a real browser with nothing fetched from elsewhere.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApiReferenceBrowserTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Scalar_renders_the_operations_in_chromium_offline()
    {
        using var host = new KestrelHost(_folder);

        var (exit, output, errors) = await BrowserScript.RunAsync("scalar-smoke.mjs", host.Address.ToString().TrimEnd('/'), Path.Combine(_folder.Root, "scalar.png"));

        Assert.True(exit == 0, $"browser check failed:\n{output}\n{errors}");
        Assert.Contains("operations rendered", output);
    }
}
