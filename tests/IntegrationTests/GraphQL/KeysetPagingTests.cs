using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

/// <summary>Cursors continue from a row's key values, in the database's own order, on whichever provider the suite runs.</summary>
public sealed class KeysetPagingTests : ApiTest
{
    private const string Query = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: [VideoSortInput!]) {
          videos(first: $first, after: $after, last: $last, before: $before, order: $order) {
            nodes { hash } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private async Task SeedAsync(int count, string prefix = "v")
    {
        for (var i = 0; i < count; i++)
        {
            // Ties and missing values in the sort keys: a category on two of three, a title on every other.
            (await Client.PostJsonAsync("/videos", new
            {
                hash = $"{prefix}{i:D2}", filename = $"{i}.mp4",
                category = i % 3 == 0 ? null : $"c{i % 4}", title = i % 2 == 0 ? null : $"t{i % 5}",
            })).EnsureSuccessStatusCode();
        }
    }

    private async Task<JsonNode> PageAsync(object order, int? first = null, string? after = null, int? last = null, string? before = null) =>
        (await Client.GraphQLDataAsync(Query, new { first, after, last, before, order }))["videos"]!;

    private static List<string> Hashes(JsonNode page) => page["nodes"]!.AsArray().Select(n => (string)n!["hash"]!).ToList();

    [Fact]
    public async Task Paging_forwards_and_backwards_by_keys_with_ties_and_missing_values_visits_every_row_once()
    {
        await SeedAsync(23);
        object order = new object[] { new { category = "ASC" }, new { title = "DESC" } };
        var whole = Hashes(await PageAsync(order, first: 50));

        var forwards = new List<string>();
        for (string? after = null; ;)
        {
            var page = await PageAsync(order, first: 4, after: after);
            forwards.AddRange(Hashes(page));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                break;
            }

            after = (string)page["pageInfo"]!["endCursor"]!;
        }

        var backwards = new List<string>();
        for (string? before = null; ;)
        {
            var page = await PageAsync(order, last: 3, before: before);
            backwards.InsertRange(0, Hashes(page));
            if (!(bool)page["pageInfo"]!["hasPreviousPage"]!)
            {
                break;
            }

            before = (string)page["pageInfo"]!["startCursor"]!;
        }

        Assert.Equal(23, whole.Distinct().Count());
        Assert.Equal(whole, forwards);
        Assert.Equal(whole, backwards);
    }

    [Fact]
    public async Task The_next_page_stays_the_same_when_newer_rows_arrive_in_front_of_it()
    {
        await SeedAsync(10);
        object newestFirst = new object[] { new { createdAt = "DESC" } };
        var first = await PageAsync(newestFirst, first: 4);
        var expected = Hashes(await PageAsync(newestFirst, first: 4, after: (string)first["pageInfo"]!["endCursor"]!));

        await SeedAsync(3, "new");
        var next = await PageAsync(newestFirst, first: 4, after: (string)first["pageInfo"]!["endCursor"]!);

        Assert.Equal(expected, Hashes(next));
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused_with_a_reason()
    {
        await SeedAsync(3);
        var cursor = (string)(await PageAsync(new object[] { new { title = "ASC" } }, first: 1))["pageInfo"]!["endCursor"]!;

        var error = await Client.GraphQLErrorAsync($"{{ videos(after: \"{cursor}\") {{ nodes {{ hash }} }} }}");

        Assert.Equal("INVALID", (string?)error["extensions"]!["code"]);
        Assert.Contains("another order", (string?)error["message"]);
    }
}
