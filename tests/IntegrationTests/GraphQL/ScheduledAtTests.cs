using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

/// <summary>
/// scheduled_at is text on the REST wire and in the old column, and a date-time to GraphQL: typed, filtered and
/// sorted as an instant, whatever offset the text was written with.
/// </summary>
public sealed class ScheduledAtTests : ApiTest
{
    [Theory]
    [InlineData("videos", "{scheduledAt: {lte: \"2026-12-01T10:00:00Z\"}}", "early,offset")]
    [InlineData("videos", "{scheduledAt: {gt: \"2026-12-01T10:00:00Z\"}}", "late")]
    [InlineData("videos", "{scheduledAt: {eq: \"2026-12-01T09:30:00Z\"}}", "offset")]
    [InlineData("videos", "{scheduledAt: {eq: null}}", "none")]
    [InlineData("videos", "{scheduledAt: {neq: null}, createdAt: {gte: \"2000-01-01T00:00:00Z\"}}", "early,late,offset")]
    [InlineData("courseVideos", "{scheduledAt: {lt: \"2026-12-02T00:00:00Z\", gte: \"2026-12-01T09:31:00Z\"}}", "early")]
    [InlineData("courseVideos", "{scheduledAt: {nlte: \"2026-12-01T10:00:00Z\"}}", "late,none")]
    public async Task Scheduled_times_filter_as_instants(string list, string where, string expected)
    {
        await SeedAsync(list);

        var data = await Client.GraphQLDataAsync($"{{ {list}(where: {where}, order: [{{hash: ASC}}]) {{ nodes {{ hash }} }} }}");

        Assert.Equal(expected.Split(','), data[list]!["nodes"]!.AsArray().Select(n => (string)n!["hash"]!));
    }

    [Fact]
    public async Task Scheduled_times_sort_by_instant_and_are_written_as_date_times()
    {
        await SeedAsync("videos");

        var nodes = (await Client.GraphQLDataAsync("{ videos(where: {scheduledAt: {neq: null}}, order: [{scheduledAt: DESC}]) { nodes { hash scheduledAt } } }"))["videos"]!["nodes"]!.AsArray();

        // As text "2026-12-01T11:30:00+02:00" sorts after "2026-12-01T10:00:00"; as an instant it is earlier.
        Assert.Equal(["late", "early", "offset"], nodes.Select(n => (string)n!["hash"]!));
        Assert.Equal("2026-12-01T09:30:00.000Z", (string?)nodes[2]!["scheduledAt"]);
        Assert.Equal("2026-12-01T11:30:00+02:00", (string?)(await Client.GetJsonAsync("/videos/offset"))["scheduled_at"]);
    }

    [Fact]
    public async Task A_mutation_takes_a_date_time_and_rest_reads_it_as_iso_text()
    {
        var data = await Client.GraphQLDataAsync("""
            mutation { createVideo(input: {hash: "m1", filename: "m.mp4", scheduledAt: "2026-12-24T18:00:00+01:00"}) { video { status scheduledAt } } }
            """);

        Assert.Equal("Scheduled", (string?)data["createVideo"]!["video"]!["status"]);
        Assert.Equal("2026-12-24T17:00:00.000Z", (string?)data["createVideo"]!["video"]!["scheduledAt"]);
        Assert.Equal("2026-12-24T17:00:00.000Z", (string?)(await Client.GetJsonAsync("/videos/m1"))["scheduled_at"]);
        var error = await Client.GraphQLErrorAsync("mutation { createVideo(input: {hash: \"m2\", filename: \"m.mp4\", scheduledAt: \"next friday\"}) { video { hash } } }", status: 400);
        Assert.Equal("http://spec.graphql.org/October2021/#sec-Values-of-Correct-Type", (string?)error["extensions"]!["specifiedBy"]);
    }

    [Fact]
    public async Task Rows_another_writer_stored_as_text_only_are_read_as_instants_after_a_restart()
    {
        (await Client.PostJsonAsync("/videos", new { hash = "old", filename = "o.mp4" })).EnsureSuccessStatusCode();
        // The old services write scheduled_at and know nothing of its twin.
        TestDb.Execute(Folder.VideosDb, "UPDATE videos SET scheduled_at = '2026-12-01 08:00:00', status = 'Scheduled' WHERE hash = 'old'");
        const string Query = "{ videos(where: {scheduledAt: {lt: \"2026-12-01T09:00:00Z\"}}) { nodes { hash scheduledAt } } }";
        Assert.Empty((await Client.GraphQLDataAsync(Query))["videos"]!["nodes"]!.AsArray());

        Restart();

        var node = (await Client.GraphQLDataAsync(Query))["videos"]!["nodes"]![0]!;
        Assert.Equal("old", (string?)node["hash"]);
        Assert.Equal("2026-12-01T08:00:00.000Z", (string?)node["scheduledAt"]);
    }

    /// <summary>Three scheduled videos (one written with an offset) and one without a time.</summary>
    private async Task SeedAsync(string list)
    {
        int? course = list == "courseVideos"
            ? (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "C" })).BodyAsync())["course_id"]!
            : null;
        var route = course is null ? "/videos" : "/course-videos";
        foreach (var (hash, at) in new[] { ("early", "2026-12-01T10:00:00"), ("late", "2026-12-03T00:00:00Z"), ("offset", "2026-12-01T11:30:00+02:00"), ("none", null) })
        {
            (await Client.PostJsonAsync(route, new { hash, filename = $"{hash}.mp4", scheduled_at = at, course_id = course })).EnsureSuccessStatusCode();
        }
    }
}
