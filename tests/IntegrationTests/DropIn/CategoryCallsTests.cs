using System.Net;
using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.DropIn;

/// <summary>Categories (videos.db) as the old metadata service served them.</summary>
public sealed class CategoryCallsTests : LegacySiteTest
{
    [Fact]
    public async Task Categories_are_listed_created_and_deleted_in_the_old_shapes()
    {
        var list = JsonNode.Parse(await Client.GetStringAsync("/categories"))!.AsArray();
        var created = await Client.PostJsonAsync("/categories", new { name = "Design", description = "Visual" });
        var category = await created.BodyAsync();
        var deleted = await (await Client.DeleteAsync($"/categories/{(int)category["id"]!}")).BodyAsync();

        Assert.Equal(["Data", "Programming"], list.Select(c => (string)c!["name"]!));
        Assert.Equal("2026-10-01T08:00:00.000000", (string?)list[1]!["created_at"]);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("Design", "Visual"), ((string?)category["name"], (string?)category["description"]));
        Assert.Equal("Category deleted successfully", (string?)deleted["message"]);
        Assert.Equal(2, TestDb.Count(Folder.VideosDb, "categories"));
    }

    [Fact]
    public async Task A_taken_name_and_an_unknown_id_are_refused_as_the_old_service_did()
    {
        var taken = await (await Client.PostJsonAsync("/categories", new { name = "Data" })).ProblemAsync(400);
        var unknown = await (await Client.DeleteAsync("/categories/404")).ProblemAsync(404);

        Assert.StartsWith("Category with this name already exists", (string?)taken["detail"]);
        Assert.Equal("Category not found", (string?)unknown["detail"]);
    }

    [Fact]
    public async Task Categories_are_in_graphql_too()
    {
        var data = await Client.GraphQLDataAsync("""
            mutation { createCategory(input: {name: "Music"}) { category { id name } errors { __typename } } }
            """);
        var all = await Client.GraphQLDataAsync("{ categories { name } }");

        Assert.Equal("Music", (string?)data["createCategory"]!["category"]!["name"]);
        Assert.Contains("Music", all["categories"]!.AsArray().Select(c => (string?)c!["name"]));
    }
}
