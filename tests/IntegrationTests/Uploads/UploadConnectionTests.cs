using System.Net.Sockets;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Uploads;

/// <summary>
/// What happens to a chunk whose connection misbehaves half-way, on the real server (Kestrel on
/// 127.0.0.1): the test host hands a body over only once it is complete, so it cannot show this.
/// </summary>
public sealed class UploadConnectionTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly KestrelHost _host;
    private readonly HttpClient _client;

    public UploadConnectionTests()
    {
        _host = new KestrelHost(_folder);
        _client = _host.Client;
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_client_that_disconnects_mid_chunk_leaves_that_chunk_missing()
    {
        var chunk = VideoBytes.Mp4(300_000);
        var id = await new UploadClient(_client).StartAsync("cut.mp4", 2);

        using (var connection = await PartialPutAsync(id, chunk, sendFirst: 100_000))
        {
            await WaitForSpillAsync(id);
        } // the connection drops with 200,000 bytes unsent

        await Task.Delay(500);
        var status = await _client.GetJsonAsync($"/upload/{id}");
        Assert.Equal([0, 1], status["missing"]!.AsArray().Select(n => (int)n!));
        Assert.Equal(0, (long)status["bytes_received"]!);
        (await new UploadClient(_client).ChunkAsync(id, 0, chunk)).EnsureSuccessStatusCode();
        Assert.Equal([1], (await _client.GetJsonAsync($"/upload/{id}"))["missing"]!.AsArray().Select(n => (int)n!));
    }

    [Fact]
    public async Task Aborting_while_a_chunk_is_arriving_answers_that_chunk_404_not_500()
    {
        var chunk = VideoBytes.Mp4(300_000);
        var id = await new UploadClient(_client).StartAsync("race.mp4", 2);

        using var connection = await PartialPutAsync(id, chunk, sendFirst: 100_000);
        await WaitForSpillAsync(id);
        (await _client.DeleteAsync($"/upload/{id}")).EnsureSuccessStatusCode();
        await connection.GetStream().WriteAsync(chunk.AsMemory(100_000));
        var response = await ReadResponseAsync(connection);

        Assert.StartsWith("HTTP/1.1 404", response);
        Assert.Contains("application/problem+json", response);
        Assert.False(Directory.Exists(Path.Combine(_folder.StorageRoot, "uploads", id)));
    }

    /// <summary>Starts a raw PUT of a chunk and sends only the first bytes of its body.</summary>
    private Task<TcpClient> PartialPutAsync(string id, byte[] body, int sendFirst) =>
        _host.SendAsync($"PUT /upload/{id}/chunks/0 HTTP/1.1\r\nHost: {{host}}\r\n{KestrelHost.Authorization}" +
                        $"Content-Type: application/octet-stream\r\nContent-Length: {body.Length}\r\n\r\n", body.AsMemory(0, sendFirst));

    /// <summary>The chunk's bytes are being written once its temporary file exists (its size is not known yet).</summary>
    private async Task WaitForSpillAsync(string id)
    {
        var spill = Path.Combine(_folder.StorageRoot, "uploads", id, "spill");
        for (var i = 0; i < 400 && !Directory.EnumerateFiles(spill, "*.tmp").Any(); i++)
        {
            await Task.Delay(25);
        }

        Assert.NotEmpty(Directory.EnumerateFiles(spill, "*.tmp"));
    }

    private static Task<string> ReadResponseAsync(TcpClient connection) => KestrelHost.ReadResponseAsync(connection);
}
