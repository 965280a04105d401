using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Metadata;

/// <summary>
/// A video's fields are listed once (the entity, its changes and its read model); every door derives its
/// shape from them. duration_seconds was added that way: these tests show it reached each door.
/// </summary>
public sealed class FieldListTests : ApiTest
{
    [Fact]
    public async Task A_field_added_to_the_entity_is_written_and_read_over_rest_in_snake_case()
    {
        await Client.PostJsonAsync("/videos", new { hash = "d1", filename = "d.mp4", duration_seconds = 61.5 });
        await Client.PutJsonAsync("/videos/d1", new { title = "Kept" });

        var video = await Client.GetJsonAsync("/videos/d1");

        Assert.Equal(61.5, (double)video["duration_seconds"]!);
        Assert.Equal(61.5, (double)TestDb.Scalar(Folder.VideosDb, "SELECT duration_seconds FROM videos WHERE hash = 'd1'")!);
    }

    [Fact]
    public async Task The_same_field_is_filterable_sortable_and_settable_in_graphql_in_camel_case()
    {
        await Client.PostJsonAsync("/videos", new { hash = "short", filename = "s.mp4", duration_seconds = 30 });
        await Client.PostJsonAsync("/videos", new { hash = "long", filename = "l.mp4", duration_seconds = 3600 });

        var data = await Client.GraphQLDataAsync("""
            { videos(where: {durationSeconds: {gt: 60}}, order: [{durationSeconds: DESC}]) { nodes { hash durationSeconds } } }
            """);
        var update = await Client.GraphQLDataAsync("""
            mutation { updateVideo(input: {hash: "short", durationSeconds: 31}) { video { durationSeconds } } }
            """);

        Assert.Equal("long", (string?)Assert.Single(data["videos"]!["nodes"]!.AsArray())!["hash"]);
        Assert.Equal(31, (double)update["updateVideo"]!["video"]!["durationSeconds"]!);
    }

    [Fact]
    public async Task Its_rule_is_reported_under_each_doors_own_name_for_it()
    {
        var problem = await (await Client.PostJsonAsync("/videos", new { hash = "n", filename = "n.mp4", duration_seconds = -1 })).ProblemAsync(400);
        await Client.PostJsonAsync("/videos", new { hash = "g", filename = "g.mp4" });
        var payload = await Client.GraphQLDataAsync("""
            mutation { updateVideo(input: {hash: "g", durationSeconds: -1}) { errors { ... on ValidationError { field message } } } }
            """);

        Assert.StartsWith("duration_seconds must be", ((string?)problem["errors"]!["duration_seconds"]![0])!);
        var error = payload["updateVideo"]!["errors"]![0]!;
        Assert.Equal("durationSeconds", (string?)error["field"]);
        Assert.StartsWith("durationSeconds must be", (string?)error["message"]);
    }
}
