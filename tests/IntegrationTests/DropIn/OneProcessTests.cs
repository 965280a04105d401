using System.Net;
using System.Security.Cryptography;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.DropIn;

/// <summary>One process where the old system ran several: on all the old ports at once, taking whole files as one chunk.</summary>
public sealed class OneProcessTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_service_listens_on_three_ports_at_once_and_each_serves_every_route()
    {
        using var service = new ServiceProcess(_folder);
        using var first = await service.StartAsync(ports: 3);

        foreach (var url in service.Urls)
        {
            using var client = ServiceProcess.AdminClient(url);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/videos")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/courses")).StatusCode);
        }

        // The console says where the IDE and the API reference are, on every address (its logger writes from a queue of its own).
        bool Says(string path) => service.Output.Any(line => service.Urls.All(url => line.Contains($"{url.ToString().TrimEnd('/')}{path}")));
        bool Announced() => Says("/graphql/") && Says("/scalar");
        for (var i = 0; i < 50 && !Announced(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(Announced(), string.Join("\n", service.Output));
    }

    [Fact]
    public async Task A_whole_100_MiB_file_sent_as_one_chunk_is_stored_as_sent()
    {
        using var host = new KestrelHost(_folder);
        var uploads = new UploadClient(host.Client);
        var bytes = VideoBytes.Mp4(100 * 1024 * 1024);

        var id = await uploads.StartAsync("whole.mp4", 1);
        (await uploads.ChunkAsync(id, 0, bytes)).EnsureSuccessStatusCode();
        var done = await (await uploads.CompleteAsync(id)).BodyAsync();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), (string?)done["sha256"]);
        Assert.Equal(bytes.Length, new FileInfo(Path.Combine(_folder.StorageRoot, "originals", "default", id, "whole.mp4")).Length);
    }
}
