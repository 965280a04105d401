using System.Net.Http.Headers;
using System.Text;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Hardening;

/// <summary>
/// Hundreds of generated malformed requests across REST, the upload and GraphQL (mutated JSON, broken
/// multipart bodies, wrong headers, huge and deeply nested values). Whatever arrives: no 5xx, no answer
/// larger than an error needs, no row or file changed, and the service healthy afterwards. The generator is
/// seeded, so a failure names the request that caused it and can be replayed.
/// </summary>
public sealed class AdversarialTests : ApiTest
{
    private const int Seed = 20261126;
    private const int MaxErrorBytes = 64 * 1024;
    private readonly Random _random = new(Seed);

    [Fact]
    public async Task Generated_malformed_requests_are_all_refused_cleanly_and_change_nothing()
    {
        await Client.PostJsonAsync("/api/courses", new { title = "Existing" });
        await Client.PostJsonAsync("/videos", new { hash = "existing", filename = "e.mp4" });
        var before = State();

        var requests = RestRequests().Concat(UploadRequests()).Concat(GraphQLRequests()).ToList();
        Assert.True(requests.Count >= 300, $"only {requests.Count} requests were generated");
        foreach (var (name, request) in requests)
        {
            using var response = await Client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True((int)response.StatusCode < 500, $"{name}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
            Assert.True(body.Length <= MaxErrorBytes, $"{name}: a {body.Length}-byte answer");
        }

        Assert.Equal(before, State());
        Assert.Equal("Healthy", (string?)(await Client.GetJsonAsync("/health"))["status"]);
    }

    private IEnumerable<(string, HttpRequestMessage)> RestRequests()
    {
        string[] targets = ["/videos", "/course-videos", "/api/courses"];
        for (var i = 0; i < 130; i++)
        {
            var target = Pick(targets);
            var (label, body) = MutatedJson(target);
            var method = Pick([HttpMethod.Post, HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch]);
            var path = method == HttpMethod.Post ? target : target == "/api/courses" ? "/api/courses/987654" : $"{target}/no-such-hash";
            var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(Pick(["application/json", "application/json", "text/plain", "application/xml"]));
            yield return ($"rest #{i} {method} {path} ({label})", request);
        }

        foreach (var path in new[] { "/videos?page=-1", "/videos?limit=100000", "/videos?page=abc", "/api/courses?limit=0", $"/videos/{new string('x', 4000)}",
                     "/videos?search=" + Uri.EscapeDataString(new string('%', 2000)), "/api/courses/99999999999", "/course-videos/course/-5" })
        {
            yield return ($"rest GET {path[..Math.Min(path.Length, 60)]}", new HttpRequestMessage(HttpMethod.Get, path));
        }
    }

    /// <summary>A body that breaks at least one rule for sure (so nothing may be stored), plus random damage.</summary>
    private (string Label, byte[] Body) MutatedJson(string target)
    {
        var fields = new Dictionary<string, string>
        {
            ["hash"] = "\"" + Pick(["../etc/passwd", "", "a b", new string('h', 300), "..", "a/b"]) + "\"",
            ["filename"] = Pick(["\"f.mp4\"", "null", "12", "\"\"", "[1,2]"]),
            ["title"] = Pick(["\"ok\"", "\"" + new string('t', 600) + "\"", "\"a\\u0000b\"", "{}", "\"\\u202E\""]),
            ["course_id"] = Pick(["1", "-1", "\"x\"", "1e400", "99999999999", "null"]),
            ["stopped"] = Pick(["0", "2", "\"1\"", "true", "[]"]),
            ["price"] = Pick(["1.79e308", "-5", "\"free\"", "NaN"]),
            ["currency"] = Pick(["\"usd\"", "\"EURO\"", "5"]),
            ["transcoding_status"] = Pick(["\"done\"", "\"pending\"", "7"]),
            ["scheduled_at"] = Pick(["\"next week\"", "\"2026-13-45\"", "false"]),
        };
        if (target == "/api/courses")
        {
            fields["title"] = Pick(["\"\"", "\"" + new string('t', 300) + "\"", "null", "\"a\\u0000\"", "\"   \""]);
        }

        var json = "{" + string.Join(",", fields.Where(_ => _random.Next(3) > 0).Append(fields.First(f => f.Key is "hash" or "title"))
            .DistinctBy(f => f.Key).Select(f => $"\"{f.Key}\":{f.Value}")) + "}";
        var damage = _random.Next(7);
        var bytes = Encoding.UTF8.GetBytes(json);
        return damage switch
        {
            0 => ("truncated", bytes[..(_random.Next(bytes.Length))]),
            1 => ("flipped bytes", Flip(bytes)),
            2 => ("deep nesting", Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000))),
            3 => ("invalid utf-8", [.. bytes[..^1], 0xC3, 0x28, (byte)'}']),
            4 => ("huge value", Encoding.UTF8.GetBytes($"{{\"hash\":\"../x\",\"description\":\"{new string('d', 200_000)}\"}}")),
            _ => ("breaks a rule", bytes),
        };
    }

    private IEnumerable<(string, HttpRequestMessage)> UploadRequests()
    {
        for (var i = 0; i < 60; i++)
        {
            var form = new MultipartFormDataContent($"b{_random.Next()}");
            // Every init breaks at least one rule: no extension, a forbidden one, or an impossible chunk count.
            form.Add(new StringContent(Pick(["noextension", "doc.pdf", "clip.mp4", "../../x.mov", new string('a', 5000) + ".mp4", "\u202Egpj.mp4"])), "filename");
            form.Add(new StringContent(Pick(["0", "-3", "abc", "100000", "1e3", ""])), "total_chunks");
            if (_random.Next(2) == 0)
            {
                form.Add(new StringContent(Pick(["None", "0", "-1", "x", "99999999999"])), "course_id");
            }

            yield return ($"init #{i}", Post("/upload/init", form));
        }

        for (var i = 0; i < 60; i++)
        {
            var form = new MultipartFormDataContent($"c{_random.Next()}");
            var file = new ByteArrayContent(Garbage(_random.Next(0, 5000)));
            var fileFirst = _random.Next(2) == 0;
            if (fileFirst)
            {
                form.Add(file, "file", "blob");
            }

            form.Add(new StringContent(Pick(["", "../../../../etc", "ABCDEF0123456789ABCDEF0123456789", "0123", new string('f', 31), new string('g', 32)])), "upload_id");
            form.Add(new StringContent(Pick(["0", "-1", "x", "99999999999", ""])), "index");
            if (!fileFirst)
            {
                form.Add(file, "file", "blob");
            }

            yield return ($"chunk #{i}", Post(Pick(["/upload/chunk", "/api/courses/1/upload/chunk"]), form));
        }

        for (var i = 0; i < 20; i++)
        {
            var body = Garbage(_random.Next(1, 3000));
            var request = Post(Pick(["/upload/chunk", "/upload/complete", "/upload/init"]), new ByteArrayContent(body));
            request.Content!.Headers.TryAddWithoutValidation("Content-Type", Pick(["multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=zz", "application/x-www-form-urlencoded"]));
            yield return ($"raw body #{i}", request);
        }

        foreach (var id in new[] { "0123", "../../x", "ABCDEF0123456789ABCDEF0123456789", new string('f', 32) })
        {
            yield return ($"status {id}", new HttpRequestMessage(HttpMethod.Get, $"/upload/{Uri.EscapeDataString(id)}"));
            yield return ($"abort {id}", new HttpRequestMessage(HttpMethod.Delete, $"/upload/{Uri.EscapeDataString(id)}"));
            yield return ($"put chunk {id}", new HttpRequestMessage(HttpMethod.Put, $"/upload/{Uri.EscapeDataString(id)}/chunks/0") { Content = new ByteArrayContent(Garbage(100)) });
        }
    }

    private IEnumerable<(string, HttpRequestMessage)> GraphQLRequests()
    {
        string[] fragments = ["{", "}", "courses", "videos", "nodes", "(", ")", "first:", "-1", "where:", "{title:{eq:", "\"x\"", "...", "on", "Course", "$v", "query", "mutation", "@skip", "__schema", "id", "a:", "b:", "\"\\u0000\"", "[", "]", "1e99", "null"];
        for (var i = 0; i < 80; i++)
        {
            var query = string.Join(" ", Enumerable.Range(0, _random.Next(1, 40)).Select(_ => Pick(fragments)));
            yield return ($"graphql soup #{i}: {query[..Math.Min(60, query.Length)]}", GraphQL($"{{\"query\":{Quote(query)}}}"));
        }

        yield return ("graphql deep", GraphQL($"{{\"query\":{Quote("{" + new string('{', 3000) + new string('}', 3000) + "}")}}}"));
        yield return ("graphql aliases", GraphQL($"{{\"query\":{Quote("{" + string.Join(" ", Enumerable.Range(0, 500).Select(i => $"a{i}: courses {{ totalCount }}")) + "}")}}}"));
        yield return ("graphql wide", GraphQL($"{{\"query\":{Quote("{ videos { nodes { " + string.Join(" ", Enumerable.Repeat("hash", 20_000)) + " } } }")}}}"));
        yield return ("graphql bad variables", GraphQL("{\"query\":\"query($n:Int!){courses(first:$n){totalCount}}\",\"variables\":{\"n\":\"many\"}}"));
        yield return ("graphql variables not an object", GraphQL("{\"query\":\"{courses{totalCount}}\",\"variables\":[1,2]}"));
        yield return ("graphql not json", GraphQL("query { courses }"));
        yield return ("graphql query not a string", GraphQL("{\"query\": {\"a\": 1}}"));
        yield return ("graphql invalid mutation", GraphQL($"{{\"query\":{Quote("mutation { createVideo(input: {hash: \"../x\", filename: \"f\"}) { errors { __typename } } }")}}}"));
        yield return ("graphql mutation over get", new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { deleteVideo(input: {hash: \"existing\"}) { video { hash } } }")));
        yield return ("graphql get bad variables", new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bcourses%7BtotalCount%7D%7D&variables=%7Bnot-json"));
        for (var i = 0; i < 15; i++)
        {
            var request = GraphQL("{\"query\":\"{ courses { totalCount } }\"}");
            request.Content!.Headers.ContentType = new MediaTypeHeaderValue(Pick(["text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded"]));
            yield return ($"graphql content type #{i}", request);
        }
    }

    private static HttpRequestMessage Post(string path, HttpContent content) => new(HttpMethod.Post, path) { Content = content };

    private static HttpRequestMessage GraphQL(string json) => Post("/graphql", new StringContent(json, Encoding.UTF8, "application/json"));

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private byte[] Garbage(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] Flip(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < Math.Max(1, copy.Length / 20); i++)
        {
            copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        }

        return copy;
    }

    /// <summary>Every row of every table and every file under the storage root (locks aside: they are created by design).</summary>
    private string State()
    {
        var rows = new[] { (Folder.CoursesDb, "courses"), (Folder.CoursesDb, "course_videos"), (Folder.VideosDb, "videos") }
            .SelectMany(t => TestDb.Dump(t.Item1, t.Item2));
        var files = Directory.Exists(Folder.StorageRoot)
            ? Directory.EnumerateFiles(Folder.StorageRoot, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".lock", StringComparison.Ordinal))
                .Select(f => $"{Path.GetRelativePath(Folder.StorageRoot, f)} {new FileInfo(f).Length}")
            : [];
        return string.Join("\n", rows.Concat(files.Order()));
    }
}
