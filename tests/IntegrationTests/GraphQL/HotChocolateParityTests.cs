using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

/// <summary>Answers a client generated against HotChocolate reads as it would read HotChocolate's.</summary>
public sealed class HotChocolateParityTests : ApiTest
{
    [Fact]
    public async Task Date_times_are_written_in_utc_to_the_millisecond()
    {
        (await Client.PostJsonAsync("/videos", new { hash = "t1", filename = "t.mp4" })).EnsureSuccessStatusCode();

        var video = (await Client.GraphQLDataAsync("{ videos { nodes { createdAt } } }"))["videos"]!["nodes"]![0]!;
        var rest = (string)(await Client.GetJsonAsync("/videos/t1"))["created_at"]!;

        var written = (string)video["createdAt"]!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", written);
        // The same instant REST reports (which keeps the stored microseconds), cut to the millisecond.
        Assert.Equal(rest[..23].Replace(' ', 'T'), written[..23]);
    }

    [Fact]
    public async Task An_empty_page_still_says_whether_rows_exist()
    {
        (await Client.PostJsonAsync("/videos", new { hash = "t1", filename = "t.mp4" })).EnsureSuccessStatusCode();

        var page = (await Client.GraphQLDataAsync("{ videos(first: 0) { nodes { hash } pageInfo { hasNextPage } } }"))["videos"]!;
        var none = (await Client.GraphQLDataAsync("{ courses(first: 0) { nodes { id } pageInfo { hasNextPage } } }"))["courses"]!;

        Assert.Empty(page["nodes"]!.AsArray());
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)none["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Numbers_combine_conditions_on_the_entity_filter_only_and_errors_carry_one_code()
    {
        var error = await Client.GraphQLErrorAsync("{ courses(where: {id: {or: [{eq: 1}]}}) { nodes { id } } }", status: 400);

        Assert.Contains("Unknown field", (string?)error["message"]);
        var extensions = error["extensions"]!.AsObject();
        Assert.False(extensions.ContainsKey("codes"));
        Assert.False(extensions.ContainsKey("number"));
        Assert.NotNull((string?)extensions["code"]);
    }
}
