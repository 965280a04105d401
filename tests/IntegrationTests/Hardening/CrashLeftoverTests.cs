using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Hardening;

/// <summary>What a killed process leaves behind is cleaned up by the next one, with nothing for a person to do.</summary>
public sealed class CrashLeftoverTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly ServiceProcess _service;

    public CrashLeftoverTests() => _service = new ServiceProcess(_folder);

    public void Dispose()
    {
        _service.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_file_published_by_a_complete_killed_before_its_row_is_swept_with_the_expired_upload()
    {
        string id;
        var shortLived = new Dictionary<string, string> { ["Upload__SessionTtl"] = "00:00:06", ["Upload__SweepInterval"] = "00:00:01" };
        using (var client = await _service.StartAsync(shortLived))
        {
            var uploads = new UploadClient(client);
            id = await uploads.StartAsync("killed.mp4", 1);
            (await uploads.ChunkAsync(id, 0, VideoBytes.Mp4(20_000))).EnsureSuccessStatusCode();

            // Another writer holds videos.db, so the complete publishes the file, then waits for the row.
            using var writer = TestDb.HoldExclusive(_folder.VideosDb, "videos");

            _ = uploads.CompleteAsync(id);
            await WaitUntilAsync(() => File.Exists(Original(id)));
            _service.Kill();
        }

        using (await _service.StartAsync(shortLived))
        {
            await WaitUntilAsync(() => !File.Exists(Original(id)) && !Directory.Exists(Path.Combine(_folder.StorageRoot, "uploads", id)));
        }

        Assert.Equal(0, TestDb.Count(_folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task Scratch_files_a_crash_left_behind_are_removed_at_the_next_start()
    {
        var scratch = Path.Combine(_folder.StorageRoot, "scratch");
        Directory.CreateDirectory(scratch);
        var stale = Path.Combine(scratch, "left-by-a-crash");
        var fresh = Path.Combine(scratch, "in-use-by-another-instance");
        await File.WriteAllBytesAsync(stale, new byte[20_000]);
        await File.WriteAllBytesAsync(fresh, new byte[10]);
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-2));

        using (await _service.StartAsync())
        {
            await WaitUntilAsync(() => !File.Exists(stale));
        }

        Assert.True(File.Exists(fresh));
    }

    private string Original(string id) => Path.Combine(_folder.StorageRoot, "originals", "default", id, "killed.mp4");

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "the expected state was not reached within 30 s");
    }
}
