using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Hardening;

/// <summary>Bad input is a 400 that names what is wrong, in the wire's words, and stores nothing.</summary>
public sealed class BadInputTests : ApiTest
{
    [Theory]
    [InlineData("""{"hash":"s","filename":"s.mp4","stopped":"1"}""", "stopped")]
    [InlineData("""{"hash":"p","filename":"p.mp4","course_id":"abc"}""", "course_id")]
    [InlineData("""{"hash":"t","filename":"t.mp4","title":"a\u0000b"}""", "title")]
    [InlineData("""{"hash":"r","filename":"r.mp4","title":"invoice\u202Egpj.exe"}""", "title")]
    public async Task Wrongly_typed_or_unprintable_values_are_refused_by_field(string json, string field)
    {
        var problem = await (await Client.PostAsync("/videos", new StringContent(json, Encoding.UTF8, "application/json"))).ProblemAsync(400);

        Assert.NotNull(problem["errors"]![field]);
        Assert.DoesNotContain("Nullable", problem.ToJsonString());
        Assert.DoesNotContain("System.", problem.ToJsonString());
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task A_price_too_large_to_be_real_is_refused()
    {
        var response = await Client.PostAsync("/api/courses", new StringContent("""{"title":"Gold","price":1.79e308}""", Encoding.UTF8, "application/json"));

        Assert.NotNull((await response.ProblemAsync(400))["errors"]!["price"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "courses"));
    }

    [Fact]
    public async Task A_file_name_of_emoji_is_cut_between_characters_never_inside_one()
    {
        var id = await new UploadClient(Client).StartAsync(string.Concat(Enumerable.Repeat("🎬", 130)) + ".mp4", 1);

        var filename = (string)(await Client.GetJsonAsync($"/upload/{id}"))["filename"]!;

        Assert.DoesNotContain('\uFFFD', filename);
        Assert.True(Encoding.UTF8.GetByteCount(filename) <= 255);
        Assert.Equal(filename, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(filename)));
        Assert.EndsWith("🎬.mp4", filename);
    }

    [Fact]
    public async Task A_nul_character_in_a_filter_is_a_value_not_broken_sql()
    {
        await Client.PostJsonAsync("/api/courses", new { title = "Plain" });

        var data = await Client.GraphQLDataAsync("""{ courses(where: {title: {contains: "\u0000"}}) { totalCount } }""");

        Assert.Equal(0, (int)data["courses"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_request_nested_past_the_limit_is_a_400_and_not_logged_as_an_error()
    {
        var query = "{ courses(where: " + new string('{', 100) + new string('}', 100) + ") { totalCount } }";

        var response = await Client.PostGraphQLAsync(query);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.DoesNotContain(Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains(Logs.Entries, e => e.Category.StartsWith("Microsoft.Hosting", StringComparison.Ordinal)); // the log is being captured
    }

    [Fact]
    public async Task A_graphql_body_of_the_wrong_shape_is_explained_without_dotnet_type_names()
    {
        var response = await Client.PostAsync("/graphql", new StringContent("""{"query": 5}""", Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(400);
        Assert.DoesNotContain("GraphQL.", (string?)problem["detail"]);
        Assert.Contains("query (a string)", (string?)problem["detail"]);
    }

    [Fact]
    public async Task A_valid_mp4_header_followed_by_html_is_not_a_video()
    {
        var uploads = new UploadClient(Client);
        var id = await uploads.StartAsync("page.mp4", 1);
        byte[] disguised = [0, 0, 0, 8, (byte)'f', (byte)'r', (byte)'e', (byte)'e', .. Encoding.ASCII.GetBytes("<html><body>hello</body></html>")];
        (await uploads.ChunkAsync(id, 0, disguised)).EnsureSuccessStatusCode();

        var problem = await (await uploads.CompleteAsync(id)).ProblemAsync(415);

        Assert.Contains("not a .mp4 video", (string?)problem["detail"]);
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
        Assert.False(Directory.Exists(Path.Combine(Folder.StorageRoot, "originals")));
    }

    [Fact]
    public async Task Health_with_an_unwritable_storage_root_leaves_no_probe_behind_and_hides_the_path()
    {
        using var folder = new TestFolder();
        var root = Path.Combine(folder.Root, "not-a-folder");
        await File.WriteAllTextAsync(root, "a file where the storage root should be");
        using var factory = new ApiFactory(folder, new Dictionary<string, string?> { ["Storage:Root"] = root });
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal("Unhealthy", (string?)JsonNode.Parse(text)!["checks"]!["storage"]!["status"]);
        Assert.DoesNotContain(folder.Root, text);
        Assert.Empty(Directory.EnumerateFiles(folder.Root, ".health-*", SearchOption.AllDirectories));
    }
}
