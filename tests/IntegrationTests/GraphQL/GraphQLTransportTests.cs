using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

public sealed class GraphQLTransportTests : ApiTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:MaxDepth"] = "6",
        ["GraphQL:MaxComplexity"] = "400",
        ["GraphQL:MaxRequestBytes"] = "20000",
    };

    [Fact]
    public async Task Queries_work_over_get()
    {
        await Client.PostJsonAsync("/api/courses", new { title = "Over GET" });

        var response = await Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("query Q($n: Int) { courses(first: $n) { nodes { title } } }") +
                                             "&variables=" + Uri.EscapeDataString("{\"n\": 1}") + "&operationName=Q");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Over GET", (string?)(await response.BodyAsync())["data"]!["courses"]!["nodes"]![0]!["title"]);
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_and_runs_nothing()
    {
        var response = await Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { createCourse(input: {title: \"x\"}) { course { id } } }"));

        var problem = await response.ProblemAsync(405);
        Assert.Equal("POST", response.Content.Headers.Allow.Count > 0 ? string.Join(",", response.Content.Headers.Allow) : string.Join(",", response.Headers.GetValues("Allow")));
        Assert.Equal("METHOD_NOT_ALLOWED", (string?)problem["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "courses"));
    }

    [Fact]
    public async Task Responses_are_graphql_response_json_unless_the_client_accepts_only_json()
    {
        var plain = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonBody("{ courses { totalCount } }") };
        plain.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var modern = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonBody("{ courses { totalCount } }") };
        modern.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");

        Assert.Equal("application/json", (await Client.SendAsync(plain)).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/graphql-response+json", (await Client.SendAsync(modern)).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/graphql-response+json", (await Client.PostGraphQLAsync("{ courses { totalCount } }")).Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{ courses { nodes { title } ")]
    [InlineData("{ courses { nosuchfield } }")]
    [InlineData("")]
    public async Task Syntax_and_validation_errors_are_400(string query)
    {
        await Client.GraphQLErrorAsync(query, status: 400);
    }

    [Fact]
    public async Task Repeated_queries_are_served_from_the_document_cache_without_losing_any_check()
    {
        const string Deep = "{ courses { nodes { videos { course { videos { course { videos { hash } } } } } } } }";
        const string Paged = "query($n: Int!) { courses(first: $n) { totalCount } }";

        await Client.GraphQLErrorAsync(Deep, status: 400);
        await Client.GraphQLErrorAsync(Deep, status: 400); // refused documents are never cached
        Assert.Equal(0, (int)(await Client.GraphQLDataAsync(Paged, new { n = 5 }))["courses"]!["totalCount"]!);
        Assert.Equal(0, (int)(await Client.GraphQLDataAsync(Paged, new { n = 7 }))["courses"]!["totalCount"]!);
        var missing = await (await Client.PostGraphQLAsync(Paged)).BodyAsync();
        Assert.NotNull(missing["errors"]); // the cached document still requires its variable
        var tooMany = await (await Client.PostGraphQLAsync(Paged, new { n = 51 })).BodyAsync();
        Assert.Equal("HC0051", (string?)tooMany["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task An_unparsable_body_is_400_and_a_wrong_content_type_415()
    {
        var broken = await Client.PostAsync("/graphql", new StringContent("{\"query\": ", Encoding.UTF8, "application/json"));
        var form = await Client.PostAsync("/graphql", new StringContent("query={ courses { totalCount } }", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await broken.ProblemAsync(400);
        await form.ProblemAsync(415);
    }

    [Fact]
    public async Task Requests_over_the_size_limit_are_413()
    {
        var padding = new string(' ', 25_000);
        var response = await Client.PostAsync("/graphql", JsonBody("{ courses { totalCount } }" + padding));

        await response.ProblemAsync(413);
    }

    [Fact]
    public async Task Too_deep_or_too_complex_queries_are_refused_but_introspection_is_not()
    {
        var deep = await Client.GraphQLErrorAsync("{ courses { nodes { videos { course { videos { course { videos { hash } } } } } } } }", status: 400);
        var complex = await Client.GraphQLErrorAsync("{ a: courses(first: 50) { nodes { videos { hash title } } } b: videos(first: 50) { nodes { hash title description } } c: courseVideos(first: 50) { nodes { hash title course { title } } } }", status: 400);

        Assert.Contains("depth", (string?)deep["message"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("complex", (string?)complex["message"], StringComparison.OrdinalIgnoreCase);
        var introspection = await Client.GraphQLDataAsync(IntrospectionQuery);
        Assert.NotEmpty(introspection["__schema"]!["types"]!.AsArray());
    }

    private static StringContent JsonBody(string query) =>
        new(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json");

    private const string IntrospectionQuery = """
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { ...FullType } } }
        fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { name type { ...TypeRef } } type { ...TypeRef } } inputFields { name type { ...TypeRef } } interfaces { ...TypeRef } enumValues { name } possibleTypes { ...TypeRef } }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;
}
