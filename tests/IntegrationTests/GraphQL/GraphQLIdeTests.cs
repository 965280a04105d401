using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

public sealed class GraphQLIdeTests : ApiTest
{
    [Fact]
    public async Task A_browser_get_of_graphql_is_sent_to_the_ide()
    {
        using var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_ide_page_its_assets_and_config_are_served_from_the_build_output()
    {
        var html = await Client.GetStringAsync("/graphql/");
        var script = Regex.Match(html, "src=\"(static/js/main[^\"]+)\"").Groups[1].Value;
        var style = Regex.Match(html, "href=\"(static/css/[^\"]+)\"").Groups[1].Value;

        Assert.Contains("<title>Banana Cake Pop</title>", html);
        Assert.NotEmpty(script);
        var js = await Client.GetAsync($"/graphql/{script}");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.True((await js.Content.ReadAsByteArrayAsync()).Length > 10_000);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/graphql/{style}")).StatusCode);
        var config = await Client.GetJsonAsync("/graphql/bcp-config.json");
        Assert.True((bool)config["useBrowserUrlAsEndpoint"]!);
    }
}

public sealed class GraphQLIdeSwitchedOffTests : ApiTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GraphQL:EnableIde"] = "false" };

    [Fact]
    public async Task With_the_ide_off_nothing_of_it_is_served()
    {
        using var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        Assert.NotEqual(HttpStatusCode.Redirect, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphql/index.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphql/bcp-config.json")).StatusCode);
    }
}
