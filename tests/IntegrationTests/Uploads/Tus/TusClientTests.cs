using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Uploads.Tus;

/// <summary>
/// tus-js-client 4.3.1 from npm, in Node (tests/browser/tus-node.mjs), uploading to the service on a real
/// socket exactly as a script or another server would: nothing in the client is adapted to us.
/// </summary>
public sealed class TusClientTests : IDisposable
{
    // 1 MB pieces, so a few MB cross many of them and an abort lands inside one.
    private static readonly Dictionary<string, string?> SmallPieces = new() { ["Upload:MaxChunkBytes"] = "1000000" };
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_file_becomes_a_course_video_with_its_title()
    {
        using var host = new KestrelHost(_folder, SmallPieces);
        var course = (int)(await (await host.Client.PostJsonAsync("/api/courses", new { title = "Node course" })).BodyAsync())["course_id"]!;
        var bytes = VideoBytes.Mp4(3_500_000);

        var seen = await UploadAsync(host.Address, bytes, new
        {
            metadata = new { filename = "from-node.mp4", filetype = "video/mp4", course_id = course.ToString(CultureInfo.InvariantCulture), title = "Sent by tus" },
        });

        var hash = Hash(seen);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original(course.ToString(CultureInfo.InvariantCulture), hash, "from-node.mp4")));
        Assert.Equal("Sent by tus", (string?)(await host.Client.GetJsonAsync($"/course-videos/{hash}"))["title"]);
    }

    [Fact]
    public async Task An_aborted_client_resumes_from_the_bytes_the_service_kept()
    {
        using var host = new KestrelHost(_folder, SmallPieces);
        var bytes = VideoBytes.Mp4(16_000_000);

        var seen = await UploadAsync(host.Address, bytes, new { metadata = new { filename = "resumed.mp4" }, abortAt = 0.4, chunkSize = 1_000_000 });

        Assert.True((bool?)seen["aborted"], seen.ToJsonString());
        var resumedAt = (long)seen["offsets"]![0]!;
        Assert.InRange(resumedAt, 1, bytes.Length - 1); // resumed where the service stood, not from the start
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", Hash(seen), "resumed.mp4")));
    }

    [Fact]
    public async Task Parallel_parts_are_joined_into_one_video_and_leave_nothing_in_progress()
    {
        using var host = new KestrelHost(_folder, SmallPieces);
        var bytes = VideoBytes.Mp4(6_000_003);

        var seen = await UploadAsync(host.Address, bytes, new { metadata = new { filename = "parallel.mp4" }, parallelUploads = 4 });

        var hash = Hash(seen);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", hash, "parallel.mp4")));
        Assert.Equal(1, TestDb.Count(_folder.VideosDb, "videos", $"hash = '{hash}'"));
        // Nothing is left in progress: the joined upload and its four parts are completed records.
        var uploads = Directory.EnumerateDirectories(Path.Combine(_folder.StorageRoot, "uploads")).Where(d => !Path.GetFileName(d).StartsWith('.')).ToList();
        Assert.Equal(5, uploads.Count);
        Assert.All(uploads, upload => Assert.False(Directory.Exists(Path.Combine(upload, "chunks")), upload));
    }

    [Fact]
    public async Task A_checksum_that_matches_is_accepted_and_one_that_does_not_is_refused_with_460()
    {
        using var host = new KestrelHost(_folder, SmallPieces);
        var bytes = VideoBytes.Mp4(2_000_000);

        var right = await UploadAsync(host.Address, bytes, new { metadata = new { filename = "checked.mp4" }, checksum = "right" });
        var wrong = await UploadAsync(host.Address, bytes, new { metadata = new { filename = "tampered.mp4" }, checksum = "wrong" }, expectSuccess: false);

        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", Hash(right), "checked.mp4")));
        Assert.Equal(460, (int?)wrong["status"]);
        Assert.Equal(1, TestDb.Count(_folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task An_upload_resumes_after_the_service_is_killed_and_started_again()
    {
        using var service = new ServiceProcess(_folder);
        await service.StartAsync(new Dictionary<string, string> { ["Upload__MaxChunkBytes"] = "1000000" });
        var bytes = VideoBytes.Mp4(16_000_000);
        var stopped = await UploadAsync(service.Urls[0], bytes, new { metadata = new { filename = "survivor.mp4" }, stopAt = 0.5, chunkSize = 1_000_000 }, expectSuccess: false);
        Assert.True((bool?)stopped["aborted"], stopped.ToJsonString());
        var path = new Uri((string)stopped["url"]!).AbsolutePath;

        service.Kill();
        await service.StartAsync(new Dictionary<string, string> { ["Upload__MaxChunkBytes"] = "1000000" });
        var resumed = await UploadAsync(service.Urls[0], bytes, new { uploadUrl = new Uri(service.Urls[0], path).ToString() });

        Assert.InRange((long)resumed["offsets"]![0]!, 1, bytes.Length - 1);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", Hash(resumed), "survivor.mp4")));
    }

    [Fact]
    public async Task A_connection_cut_mid_body_keeps_the_bytes_that_arrived()
    {
        using var host = new KestrelHost(_folder, SmallPieces);
        var bytes = VideoBytes.Mp4(3_000_000);
        var tus = new TusRequests(host.Client);
        var id = await tus.StartAsync(bytes.Length, new Dictionary<string, string> { ["filename"] = "cut.mp4" });

        var head = $"PATCH /files/{id} HTTP/1.1\r\nHost: 127.0.0.1\r\n{KestrelHost.Authorization}Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n" +
                   $"Content-Type: application/offset+octet-stream\r\nContent-Length: {bytes.Length}\r\n\r\n";
        using (await host.SendAsync(head, bytes.AsMemory(0, 1_500_000)))
        {
            await Task.Delay(200); // the bytes reach the service before the connection closes
        }

        // Without a checksum every byte that arrived counts, pieces and the partial one alike.
        long offset = 0;
        for (var i = 0; i < 100 && offset != 1_500_000; i++)
        {
            await Task.Delay(50);
            offset = await tus.OffsetAsync(id);
        }

        Assert.True(offset == 1_500_000, $"offset {offset}");
        var rest = await tus.PatchAsync(id, offset, bytes[1_500_000..]);
        Assert.Equal(id, TusRequests.Header(rest, "Upload-Hash"));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", id, "cut.mp4")));
    }

    private async Task<JsonNode> UploadAsync(Uri api, byte[] bytes, object options, bool expectSuccess = true)
    {
        var file = Path.Combine(_folder.Root, $"{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(file, bytes);
        var (exit, output, errors) = await BrowserScript.RunNodeAsync("tus-js-client", "tus-node.mjs", api.ToString().TrimEnd('/'), TestTokens.Admin, file,
            JsonSerializer.Serialize(options));
        Assert.True(exit == 0, $"tus-node.mjs failed:\n{output}\n{errors}");
        var seen = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        if (expectSuccess)
        {
            Assert.True(seen["error"] is null, seen.ToJsonString());
        }

        return seen;
    }

    private static string Hash(JsonNode seen) => (string?)seen["hash"] ?? throw new Xunit.Sdk.XunitException($"no Upload-Hash seen: {seen.ToJsonString()}");

    private string Original(string folder, string hash, string filename) => Path.Combine(_folder.StorageRoot, "originals", folder, hash, filename);
}
