using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.Application.Media;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Media;

/// <summary>The queue is the database: work survives a killed process, and instances sharing it never process a video twice.</summary>
public sealed class WorkerTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_service_killed_mid_transcode_finishes_the_video_after_a_restart_with_no_client_action()
    {
        using var service = new ServiceProcess(_folder);
        var environment = MediaSettings.Fast.ToDictionary(s => s.Key.Replace(":", "__"), s => s.Value!);
        environment["Media__Preset"] = "slower";
        string hash;
        using (var client = await service.StartAsync(environment))
        {
            var uploads = new UploadClient(client);
            hash = await uploads.StartAsync("killed.mp4", 1);
            (await uploads.ChunkAsync(hash, 0, await MediaClips.Mp4Async(1280, 720, 10))).EnsureSuccessStatusCode();
            (await uploads.CompleteAsync(hash)).EnsureSuccessStatusCode();
            await MediaSettings.WaitForAsync(client, hash, v => (string?)v["transcoding_status"] == "transcoding" &&
                Directory.Exists(Path.Combine(_folder.StorageRoot, "hls", hash)) &&
                Directory.EnumerateDirectories(Path.Combine(_folder.StorageRoot, "hls", hash), ".work-*").Any(), "an encode in progress");
            service.Kill();
        }

        environment["Media__Preset"] = "ultrafast";
        using (var client = await service.StartAsync(environment))
        {
            var video = await MediaSettings.WaitForAsync(client, hash, v => (string?)v["transcoding_status"] == "completed", "completed");
            Assert.Equal("720p", (string?)video["original_quality_label"]);
        }

        Assert.True(File.Exists(Path.Combine(_folder.StorageRoot, "hls", hash, "master.m3u8")));
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(_folder.StorageRoot, "hls", hash), ".work-*"));
        Assert.Equal(2L, TestDb.Scalar(_folder.VideosDb, $"SELECT processing_attempts FROM videos WHERE hash = '{hash}'"));
    }

    [Fact]
    public async Task Two_hosts_on_the_same_databases_never_claim_the_same_video()
    {
        var logsA = new CapturedLogs();
        var logsB = new CapturedLogs();
        using var a = new ApiFactory(_folder, MediaSettings.Fast, new ManualClock { Running = true }) { ExtraLogging = logsA };
        using var b = new ApiFactory(_folder, MediaSettings.Fast, new ManualClock { Running = true }) { ExtraLogging = logsB };
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();

        var hashes = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var uploads = new UploadClient(i % 2 == 0 ? clientA : clientB);
            var id = await uploads.StartAsync($"v{i}.mp4", 1);
            (await uploads.ChunkAsync(id, 0, await MediaClips.Mp4Async(320, 240, 2))).EnsureSuccessStatusCode();
            (await uploads.CompleteAsync(id)).EnsureSuccessStatusCode();
            hashes.Add(id);
        }

        foreach (var hash in hashes)
        {
            await MediaSettings.WaitForAsync(clientA, hash, v => (string?)v["transcoding_status"] == "completed", "completed");
        }

        var processed = logsA.Entries.Concat(logsB.Entries).Where(e => e.Message.StartsWith("Processed video ", StringComparison.Ordinal)).ToList();
        Assert.All(hashes, hash => Assert.Single(processed, e => e.Message.Contains(hash)));
        Assert.All(hashes, hash => Assert.Equal(1L, TestDb.Scalar(_folder.VideosDb, $"SELECT processing_attempts FROM videos WHERE hash = '{hash}'")));
    }

    [Fact]
    public async Task Concurrent_claims_of_one_video_from_two_hosts_let_exactly_one_through()
    {
        var settings = new Dictionary<string, string?>(MediaSettings.Fast) { ["Media:Enabled"] = "false" };
        using var a = new ApiFactory(_folder, settings);
        using var b = new ApiFactory(_folder, settings);
        using var client = a.CreateClient();
        b.CreateClient().Dispose();
        await client.PostJsonAsync("/videos", new { hash = "contested", filename = "c.mp4" });
        var video = new MediaVideo("contested", VideoKind.Admin, null, "c.mp4");

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var scope = (i % 2 == 0 ? a : b).Services.CreateAsyncScope();
            var now = DateTime.UtcNow;
            return await scope.ServiceProvider.GetRequiredService<IProcessingQueue>().TryClaimAsync(video, $"worker{i}", now, now.AddMinutes(1), default);
        }));

        Assert.Single(claims, c => c);
    }

    [Fact]
    public async Task Without_ffmpeg_the_service_runs_reports_it_in_health_and_leaves_the_video_pending()
    {
        var settings = new Dictionary<string, string?>(MediaSettings.Fast) { ["Media:Ffmpeg"] = "/nonexistent/ffmpeg" };
        using var factory = new ApiFactory(_folder, settings, new ManualClock { Running = true });
        using var client = factory.CreateClient();
        var uploads = new UploadClient(client);
        var id = await uploads.StartAsync("waits.mp4", 1);
        (await uploads.ChunkAsync(id, 0, await MediaClips.Mp4Async(320, 240, 2))).EnsureSuccessStatusCode();
        (await uploads.CompleteAsync(id)).EnsureSuccessStatusCode();

        await Task.Delay(2000);
        var health = await client.GetJsonAsync("/health");

        Assert.Equal("Degraded", (string?)health["checks"]!["media"]!["status"]);
        Assert.Contains("ffmpeg", (string?)health["checks"]!["media"]!["description"]);
        Assert.Equal("pending", (string?)(await client.GetJsonAsync($"/videos/{id}"))["transcoding_status"]);
    }
}
