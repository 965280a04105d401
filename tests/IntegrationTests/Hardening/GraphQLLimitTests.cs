using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Hardening;

/// <summary>Depth, complexity and response size are limits of the operation that runs, however it arrives.</summary>
public sealed class GraphQLLimitTests : ApiTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:MaxDepth"] = "6",
        ["GraphQL:MaxResponseBytes"] = "20000",
    };

    [Fact]
    public async Task A_cached_cheap_operation_does_not_let_its_deep_sibling_through()
    {
        const string Document = """
            query A { courses(first: 1) { totalCount } }
            query B { courses { nodes { videos { course { videos { course { videos { hash } } } } } } } }
            """;

        var first = await RunAsync(Document, "B");
        var cheap = await RunAsync(Document, "A");
        var again = await RunAsync(Document, "B");

        Assert.Equal(400, first.Status);
        Assert.Equal(200, cheap.Status);
        Assert.Equal(400, again.Status);
        Assert.Null(again.Body["data"]);
    }

    [Fact]
    public async Task An_unpaged_list_counts_as_its_expected_size_so_a_fan_out_through_it_is_too_complex()
    {
        var course = await CourseWithVideosAsync(3);
        var aliases = string.Join(" ", Enumerable.Range(0, 10).Select(i => $"a{i}: course(id: {course}) {{ videos {{ course {{ videos {{ hash }} }} }} }}"));

        var refused = await RunAsync($"{{ {aliases} }}");

        Assert.Equal(400, refused.Status);
        Assert.Contains("complex", (string?)refused.Body["errors"]![0]!["message"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_response_over_the_size_limit_becomes_an_error_that_says_so()
    {
        var course = await CourseWithVideosAsync(60);

        var small = await RunAsync($"{{ course(id: {course}) {{ videos {{ hash }} }} }}");
        var large = await RunAsync($"{{ course(id: {course}) {{ videos {{ hash title filename description category status transcodingStatus createdAt }} }} }}");

        Assert.Equal(60, small.Body["data"]!["course"]!["videos"]!.AsArray().Count);
        Assert.Null(large.Body["data"]);
        Assert.Equal("RESPONSE_TOO_LARGE", (string?)large.Body["errors"]![0]!["extensions"]!["code"]);
        Assert.True(large.Length < 1000, $"the error itself is small, not {large.Length} bytes");
    }

    private async Task<int> CourseWithVideosAsync(int count)
    {
        var id = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "Fan-out" })).BodyAsync())["course_id"]!;
        for (var i = 0; i < count; i++)
        {
            await Client.PostJsonAsync("/course-videos", new { hash = $"fan{i}", filename = "f.mp4", course_id = id, description = new string('d', 300) });
        }

        return id;
    }

    private async Task<(int Status, JsonNode Body, int Length)> RunAsync(string query, string? operationName = null)
    {
        var response = await Client.PostAsync("/graphql", JsonContent(new JsonObject { ["query"] = query, ["operationName"] = operationName }));
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!, text.Length);
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
