using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Hardening;

/// <summary>
/// No request may pin a core or hold memory it was not allowed: every input is bounded before the work it
/// causes. On the real server (Kestrel on 127.0.0.1), since body limits and bodies cut short only exist there.
/// </summary>
public sealed class RequestBoundsTests : IDisposable
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(3);
    private readonly TestFolder _folder = new();
    private readonly KestrelHost _host;

    public RequestBoundsTests()
    {
        _host = new KestrelHost(_folder, new Dictionary<string, string?> { ["Upload:MaxOpenUploads"] = "5" });
    }

    private HttpClient Client => _host.Client;

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    // Bounds far below what the fault cost (7.7 s of CPU for 100 KB, over 14 minutes for 5 MB) and far above
    // what sending the body takes on a busy 2-core machine running the suite in parallel.
    [Theory]
    [InlineData(100_000, 5)]
    [InlineData(5_000_000, 30)]
    public async Task A_huge_file_name_at_init_is_refused_at_once(int length, int seconds)
    {
        var form = new MultipartFormDataContent("b0undary")
        {
            { new StringContent(new string('a', length) + ".mp4"), "filename" },
            { new StringContent("1"), "total_chunks" },
        };

        var clock = Stopwatch.StartNew();
        var status = await _host.SendWholeAsync("POST", "/upload/init", "multipart/form-data; boundary=b0undary", await form.ReadAsByteArrayAsync());

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(seconds));
        Assert.InRange(status, 400, 413);
        Assert.False(Directory.Exists(Path.Combine(_folder.StorageRoot, "uploads")) &&
                     Directory.EnumerateDirectories(Path.Combine(_folder.StorageRoot, "uploads")).Any());
    }

    [Fact]
    public async Task A_long_name_within_the_limit_is_cut_to_255_bytes_quickly()
    {
        var clock = Stopwatch.StartNew();
        var id = await new UploadClient(Client).StartAsync(new string('é', 4000) + ".mp4", 1);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Quickly);
        var filename = (string)(await Client.GetJsonAsync($"/upload/{id}"))["filename"]!;
        Assert.InRange(Encoding.UTF8.GetByteCount(filename), 5, 255);
        Assert.EndsWith(".mp4", filename);
    }

    [Fact]
    public async Task Forms_with_too_many_fields_or_too_long_a_value_are_a_400_not_a_500()
    {
        const string Form = "application/x-www-form-urlencoded";
        var many = Encoding.ASCII.GetBytes(string.Join("&", Enumerable.Range(0, 1100).Select(i => $"f{i}=x")));
        var longValue = Encoding.ASCII.GetBytes("total_chunks=1&filename=" + new string('v', 5_000_000));

        Assert.Equal(400, await _host.SendWholeAsync("POST", "/upload/init", Form, many));
        Assert.InRange(await _host.SendWholeAsync("POST", "/upload/init", Form, longValue), 400, 413);
    }

    [Fact]
    public async Task A_metadata_body_over_one_megabyte_is_refused_before_it_is_read()
    {
        var body = $"{{\"hash\":\"big\",\"filename\":\"b.mp4\",\"description\":\"{new string('d', 3_000_000)}\"}}";

        var status = await _host.SendWholeAsync("POST", "/videos", "application/json", Encoding.UTF8.GetBytes(body));

        Assert.Equal(413, status);
        Assert.Equal(0, TestDb.Count(_folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task Open_uploads_are_bounded_and_a_completed_one_frees_its_place()
    {
        var uploads = new UploadClient(Client);
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await uploads.StartAsync($"u{i}.mp4", 1));
        }

        var refused = await (await uploads.InitAsync("one-more.mp4", 1)).ProblemAsync(429);
        var bytes = VideoBytes.Mp4(1000);
        (await uploads.ChunkAsync(ids[0], 0, bytes)).EnsureSuccessStatusCode();
        (await uploads.CompleteAsync(ids[0])).EnsureSuccessStatusCode();

        Assert.Contains("in progress", (string?)refused["detail"]);
        (await uploads.InitAsync("now-it-fits.mp4", 1)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_chunk_with_an_invalid_upload_id_before_its_bytes_stores_nothing()
    {
        var uploads = new UploadClient(Client);
        var response = await uploads.ChunkAsync("not-an-upload-id", "0", new ByteArrayContent(VideoBytes.Mp4(2_000_000)));

        await response.ProblemAsync(400);
        Assert.False(Directory.Exists(Path.Combine(_folder.StorageRoot, "uploads")) &&
                     Directory.EnumerateFileSystemEntries(Path.Combine(_folder.StorageRoot, "uploads")).Any());
    }

    [Fact]
    public async Task An_unclosed_multipart_body_is_a_400_and_the_chunk_stays_missing()
    {
        var id = await new UploadClient(Client).StartAsync("cut.mp4", 2);
        const string Boundary = "b0undary";
        var body = Encoding.ASCII.GetBytes(
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"upload_id\"\r\n\r\n{id}\r\n" +
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"index\"\r\n\r\n0\r\n" +
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"blob\"\r\n\r\n" + new string('x', 5000)); // no closing boundary

        using var connection = await _host.SendAsync(
            $"POST /upload/chunk HTTP/1.1\r\nHost: {{host}}\r\n{KestrelHost.Authorization}Content-Type: multipart/form-data; boundary={Boundary}\r\n" +
            $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n", body);
        var answer = await KestrelHost.ReadResponseAsync(connection);

        Assert.StartsWith("HTTP/1.1 400", answer);
        Assert.Equal([0, 1], (await Client.GetJsonAsync($"/upload/{id}"))["missing"]!.AsArray().Select(n => (int)n!));
    }

    [Fact]
    public async Task Repeating_one_field_thousands_of_times_is_refused_before_validation()
    {
        var query = "{ course(id: 1) { " + string.Join(" ", Enumerable.Repeat("id", 32_000)) + " } }";

        var clock = Stopwatch.StartNew();
        var response = await Client.PostAsJsonAsync("/graphql", new { query });

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Quickly);
        var error = await FirstErrorAsync(response, 400);
        Assert.Equal("QUERY_TOO_LARGE", (string?)error["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_fragment_spread_bomb_is_measured_as_what_it_expands_to()
    {
        var fragments = string.Join("\n", Enumerable.Range(0, 20).Select(i =>
            $"fragment F{i} on Course {{ ...F{i + 1} ...F{i + 1} }}")) + "\nfragment F20 on Course { id }";
        var query = "{ course(id: 1) { ...F0 } }\n" + fragments;

        var error = await FirstErrorAsync(await Client.PostAsJsonAsync("/graphql", new { query }), 400);

        Assert.Equal("QUERY_TOO_LARGE", (string?)error["extensions"]!["code"]);
    }

    [Fact]
    public async Task Introspection_is_not_exempt_from_the_alias_bound()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 200).Select(i => $"a{i}: __schema {{ types {{ name fields {{ name }} }} }}")) + " }";

        var error = await FirstErrorAsync(await Client.PostAsJsonAsync("/graphql", new { query }), 400);

        Assert.Equal("QUERY_TOO_LARGE", (string?)error["extensions"]!["code"]);
    }

    [Fact]
    public async Task Selections_nested_past_the_parser_limit_are_a_400()
    {
        var query = "{ courses { nodes { " + string.Concat(Enumerable.Repeat("videos { course { ", 40)) + "id" + new string('}', 80) + " } } }";

        var error = await FirstErrorAsync(await Client.PostAsJsonAsync("/graphql", new { query }), 400);

        Assert.Equal("MAX_NESTING_EXCEEDED", (string?)error["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_filter_of_thousands_of_terms_in_variables_is_refused_and_the_service_lives_on()
    {
        var terms = Enumerable.Range(0, 9_300).Select(i => new JsonObject { ["title"] = new JsonObject { ["eq"] = $"t{i}" } }).ToArray<JsonNode?>();
        var request = new JsonObject
        {
            ["query"] = "query($w: CourseFilterInput) { courses(where: $w) { nodes { id } } }",
            ["variables"] = new JsonObject { ["w"] = new JsonObject { ["or"] = new JsonArray(terms) } },
        };

        var clock = Stopwatch.StartNew();
        var response = await Client.PostAsync("/graphql", new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.BodyAsync();

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Quickly);
        Assert.Contains("at most 100 conditions", (string?)body["errors"]![0]!["message"]);
        Assert.Equal("Healthy", (string?)(await Client.GetJsonAsync("/health"))["status"]);
    }

    private static async Task<JsonNode> FirstErrorAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {text[..Math.Min(text.Length, 500)]}");
        return JsonNode.Parse(text)!["errors"]![0]!;
    }
}
