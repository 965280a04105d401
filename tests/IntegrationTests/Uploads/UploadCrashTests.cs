using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Uploads;

/// <summary>The service as its own process, killed with SIGKILL mid-upload and started again.</summary>
public sealed class UploadCrashTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly ServiceProcess _service;

    public UploadCrashTests() => _service = new ServiceProcess(_folder);

    public void Dispose()
    {
        _service.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Every_acknowledged_chunk_survives_a_sigkill_and_the_upload_resumes()
    {
        var bytes = VideoBytes.Mp4(3 * 50_000);
        var chunks = VideoBytes.Split(bytes, 50_000);
        string id;
        using (var client = await StartAsync())
        {
            var uploads = new UploadClient(client);
            id = await uploads.StartAsync("survivor.mp4", 3);
            (await uploads.ChunkAsync(id, 2, chunks[2])).EnsureSuccessStatusCode();
            (await uploads.ChunkAsync(id, 0, chunks[0])).EnsureSuccessStatusCode();
        }

        _service.Kill();

        using (var client = await StartAsync())
        {
            var status = await client.GetJsonAsync($"/upload/{id}");
            Assert.Equal([0, 2], status["received"]!.AsArray().Select(n => (int)n!));
            var uploads = new UploadClient(client);
            (await uploads.ChunkAsync(id, 1, chunks[1])).EnsureSuccessStatusCode();
            var done = await (await uploads.CompleteAsync(id, UploadClient.Sha256(bytes))).BodyAsync();
            Assert.Equal(id, (string?)done["hash"]);
        }

        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_folder.StorageRoot, "originals", "default", id, "survivor.mp4")));
        Assert.Equal(1, TestDb.Count(_folder.VideosDb, "videos", $"hash = '{id}'"));
    }

    private Task<HttpClient> StartAsync() => _service.StartAsync();
}
