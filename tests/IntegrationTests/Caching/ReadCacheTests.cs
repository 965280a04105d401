using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VideoPlatform.Application.Querying;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Caching;

/// <summary>
/// Anonymous reads are answered from memory until the stores change, and never stale: every read after a write
/// has answered sees it, whoever wrote (this service, or another writer on the same files).
/// </summary>
public sealed class ReadCacheTests : ApiTest
{
    private const string Page = "/videos?page=1&limit=50";
    private const string Query = "{ videos(first: 50) { totalCount nodes { hash title } } }";
    private const string WithProcessing = "{ videos(first: 50) { nodes { title processing { __typename } } } }";

    private readonly HttpClient _anonymous;

    public ReadCacheTests() => _anonymous = Factory.ClientWith(null);

    [Fact]
    public async Task A_rest_read_after_each_kind_of_write_sees_it()
    {
        await CreateAsync("a", "First");
        var before = await _anonymous.GetStringAsync(Page);
        Assert.Equal(before, await _anonymous.GetStringAsync(Page));

        await CreateAsync("b", "Second");
        Assert.Contains("\"b\"", await _anonymous.GetStringAsync(Page));

        (await Client.PutAsJsonAsync("/videos/a", new { title = "Renamed" })).EnsureSuccessStatusCode();
        Assert.Contains("Renamed", await _anonymous.GetStringAsync(Page));
        Assert.Equal("Renamed", (string?)JsonNode.Parse(await _anonymous.GetStringAsync("/videos/a"))!["title"]);

        (await Client.DeleteAsync("/videos/b")).EnsureSuccessStatusCode();
        Assert.DoesNotContain("\"b\"", await _anonymous.GetStringAsync(Page));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _anonymous.GetAsync("/videos/b")).StatusCode);
    }

    [Fact]
    public async Task A_graphql_read_after_a_mutation_sees_it_in_every_form_it_is_sent()
    {
        await CreateAsync("a", "First");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Query)));
        var persisted = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } };
        (await _anonymous.PostAsJsonAsync("/graphql", new { query = Query, extensions = persisted })).EnsureSuccessStatusCode();
        var forms = new Func<Task<string>>[]
        {
            async () => await (await _anonymous.PostAsJsonAsync("/graphql", new { query = Query })).Content.ReadAsStringAsync(),
            () => _anonymous.GetStringAsync("/graphql?query=" + Uri.EscapeDataString(Query)),
            async () => await (await _anonymous.PostAsJsonAsync("/graphql", new { extensions = persisted })).Content.ReadAsStringAsync(),
            () => _anonymous.GetStringAsync("/graphql?extensions=" + Uri.EscapeDataString(persisted.ToJsonString())),
        };
        foreach (var form in forms)
        {
            Assert.Contains("First", await form());
        }

        await Client.GraphQLDataAsync("mutation { updateVideo(input: {hash: \"a\", title: \"Renamed\"}) { video { title } } }");

        foreach (var form in forms)
        {
            var answer = await form();
            Assert.Contains("Renamed", answer);
            Assert.Contains("\"totalCount\":1", answer);
        }
    }

    [Fact]
    public async Task A_write_by_another_process_on_the_same_file_is_seen_at_once()
    {
        await CreateAsync("a", "First");
        Assert.Contains("First", await _anonymous.GetStringAsync(Page));
        Assert.Contains("First", await (await _anonymous.PostAsJsonAsync("/graphql", new { query = Query })).Content.ReadAsStringAsync());

        // Its own connection, as the old services or a shell would write.
        TestDb.Execute(Folder.VideosDb, "UPDATE videos SET title = 'Outside' WHERE hash = 'a'");

        Assert.Contains("Outside", await _anonymous.GetStringAsync(Page));
        Assert.Contains("Outside", await (await _anonymous.PostAsJsonAsync("/graphql", new { query = Query })).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Kept_answers_are_served_until_the_version_moves_and_only_to_requests_without_credentials()
    {
        var version = new SettableVersion();
        using var factory = new ApiFactory(Folder, clock: Clock) { ExtraServices = s => s.Replace(ServiceDescriptor.Singleton<IStoreVersion>(version)) };
        using var admin = factory.CreateClient();
        using var anonymous = factory.ClientWith(null);
        (await admin.PostAsJsonAsync("/videos", new { hash = "a", filename = "a.mp4", title = "First" })).EnsureSuccessStatusCode();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await anonymous.GetAsync("/videos/z")).StatusCode);
        Assert.Contains("First", await anonymous.GetStringAsync(Page));
        Assert.Contains("First", await (await anonymous.PostAsJsonAsync("/graphql", new { query = Query })).Content.ReadAsStringAsync());
        Assert.Contains("First", await (await anonymous.PostAsJsonAsync("/graphql", new { query = WithProcessing })).Content.ReadAsStringAsync());

        // Behind the version's back: only a cache would still answer the old title.
        TestDb.Execute(Folder.VideosDb, "UPDATE videos SET title = 'Outside' WHERE hash = 'a'");
        TestDb.Execute(Folder.VideosDb, "INSERT INTO videos (hash, filename, title) SELECT 'z', 'z.mp4', 'Zed' FROM videos WHERE hash = 'a'");

        Assert.Contains("First", await anonymous.GetStringAsync(Page));
        Assert.Contains("First", await (await anonymous.PostAsJsonAsync("/graphql", new { query = Query })).Content.ReadAsStringAsync());
        // A browser's cookies are no credentials here: its reads are answered from memory too.
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, Page) { Headers = { { "Cookie", "theme=dark" } } };
        Assert.Contains("First", await (await anonymous.SendAsync(withCookie)).Content.ReadAsStringAsync());
        Assert.Contains("Outside", await admin.GetStringAsync(Page));
        Assert.Contains("Outside", (await admin.GraphQLDataAsync(Query)).ToJsonString());
        // A refusal is never kept.
        Assert.Equal("Zed", (string?)JsonNode.Parse(await anonymous.GetStringAsync("/videos/z"))!["title"]);
        // Nor a query that read renditions from disk, which change without a database write.
        Assert.Contains("Outside", await (await anonymous.PostAsJsonAsync("/graphql", new { query = WithProcessing })).Content.ReadAsStringAsync());

        version.Value++;
        Assert.Contains("Outside", await anonymous.GetStringAsync(Page));
        Assert.Contains("Outside", await (await anonymous.PostAsJsonAsync("/graphql", new { query = Query })).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readers_running_beside_a_writer_never_see_a_title_older_than_the_last_answered_write()
    {
        await CreateAsync("a", "0");
        var answered = 0;
        var stale = new System.Collections.Concurrent.ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested || reads == 0)
            {
                var before = Volatile.Read(ref answered);
                var title = int.Parse((string)JsonNode.Parse(await _anonymous.GetStringAsync("/videos/a"))!["title"]!);
                var listed = int.Parse((string)JsonNode.Parse(await _anonymous.GetStringAsync(Page))!["videos"]![0]!["title"]!);
                if (title < before || listed < before)
                {
                    stale.Add($"read {title} and listed {listed} after write {before} had answered");
                }

                reads++;
            }

            return reads;
        })).ToList();

        for (var i = 1; i <= 40; i++)
        {
            (await Client.PutAsJsonAsync("/videos/a", new { title = i.ToString() })).EnsureSuccessStatusCode();
            Volatile.Write(ref answered, i);
        }

        stop.Cancel();
        var reads = (await Task.WhenAll(readers)).Sum();
        Assert.Empty(stale);
        Assert.True(reads > 40, $"only {reads} reads ran beside the writes");
    }

    [Fact]
    public async Task A_kept_answer_is_byte_for_byte_the_first_one_with_this_requests_own_headers()
    {
        await CreateAsync("a", "First");
        using var first = await _anonymous.GetAsync(Page);
        using var request = new HttpRequestMessage(HttpMethod.Get, Page) { Headers = { { "Origin", "http://localhost:3000" } } };
        using var second = await _anonymous.SendAsync(request);

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(first.Content.Headers.ContentLength, second.Content.Headers.ContentLength);
        Assert.Equal("http://localhost:3000", second.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(first.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task CreateAsync(string hash, string title) =>
        (await Client.PostAsJsonAsync("/videos", new { hash, filename = hash + ".mp4", title })).EnsureSuccessStatusCode();

    private sealed class SettableVersion : IStoreVersion
    {
        public long Value;

        public long? Current() => Value;
    }
}
