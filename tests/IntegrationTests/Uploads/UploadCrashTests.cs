using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Uploads;

/// <summary>The service as its own process, killed with SIGKILL mid-upload and started again.</summary>
public sealed class UploadCrashTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private Process? _service;

    public void Dispose()
    {
        Stop();
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

        _service!.Kill(); // SIGKILL: no shutdown, no flush, nothing in memory survives
        await _service.WaitForExitAsync();

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
        Assert.Equal(1, SqliteFile.Count(_folder.VideosDb, "videos", $"hash = '{id}'"));
    }

    private async Task<HttpClient> StartAsync()
    {
        Stop();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "VideoPlatform.Api.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["ConnectionStrings__Courses"] = $"Data Source={_folder.CoursesDb}",
                ["ConnectionStrings__Videos"] = $"Data Source={_folder.VideosDb}",
                ["Storage__Root"] = _folder.StorageRoot,
            },
        };
        _service = Process.Start(start)!;
        _service.BeginOutputReadLine();
        _service.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return client;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the service did not start within 30 s");
    }

    private void Stop()
    {
        if (_service is { HasExited: false })
        {
            _service.Kill();
            _service.WaitForExit();
        }

        _service?.Dispose();
        _service = null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
