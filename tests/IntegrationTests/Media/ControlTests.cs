using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Media;

/// <summary>Stopping, resuming, re-running and publishing, as the admin pages and the old transcoder do them.</summary>
public sealed class ControlTests : MediaTest
{
    // A slow encoder, so a stop lands while it works.
    protected override IReadOnlyDictionary<string, string?>? Settings =>
        new Dictionary<string, string?>(MediaSettings.Fast) { ["Media:Preset"] = "slower" };

    [Fact]
    public async Task A_stop_pauses_the_encode_at_once_and_a_resume_finishes_it()
    {
        var hash = await UploadAsync(await MediaClips.Mp4Async(1280, 720, 10));
        await MediaSettings.WaitForAsync(Client, hash, _ => true, "anything");
        await WaitForProgressAsync(hash);

        (await Client.PutAsync($"/videos/{hash}/stop", null)).EnsureSuccessStatusCode();
        var paused = await WaitForStatusAsync(hash, "pending");
        var status = await Client.GetJsonAsync($"/transcode/{hash}/status");

        Assert.Equal(1, (int)paused["stopped"]!);
        Assert.Equal("stopped", (string?)status["overall"]);
        Assert.All(status["qualities"]!.AsObject(), q => Assert.Equal("stopped", (string?)q.Value!["status"]));
        Assert.Empty(Directory.EnumerateDirectories(Storage("hls", hash), ".work-*"));
        await Task.Delay(1500);
        Assert.Equal("pending", (string?)(await Client.GetJsonAsync($"/videos/{hash}"))["transcoding_status"]); // stays paused

        (await Client.PutAsync($"/videos/{hash}/resume", null)).EnsureSuccessStatusCode();
        await WaitForStatusAsync(hash, "completed");
        Assert.Equal(["720p", "480p", "360p", "240p"], (await Client.GetStringAsync($"/video/{hash}/master.m3u8")).Split('\n')
            .Where(l => l.EndsWith(".m3u8")).Select(l => l.Split('/')[0]));
    }

    [Fact]
    public async Task Processing_continues_from_the_renditions_already_finished()
    {
        var hash = await UploadAsync(await MediaClips.Mp4Async(640, 360, 3));
        await WaitForStatusAsync(hash, "completed");
        var kept = Storage("hls", hash, "360p", "playlist.m3u8");
        var keptAt = File.GetLastWriteTimeUtc(kept);
        Directory.Delete(Storage("hls", hash, "240p"), recursive: true);

        (await Client.PostAsync($"/videos/{hash}/transcoding-status?status=pending", null)).EnsureSuccessStatusCode();
        await WaitForStatusAsync(hash, "completed");

        Assert.True(File.Exists(Storage("hls", hash, "240p", "playlist.m3u8")));
        Assert.Equal(keptAt, File.GetLastWriteTimeUtc(kept));
    }

    [Fact]
    public async Task A_re_run_starts_over_after_a_failure()
    {
        var hash = await UploadAsync(VideoBytes.Mp4(50_000));
        await WaitForStatusAsync(hash, "failed");
        // The original is replaced by a real video (as an operator fixing the file would), then re-run.
        var original = Storage("originals", "default", hash, "clip.mp4");
        await File.WriteAllBytesAsync(original, await MediaClips.Mp4Async(320, 240, 2));

        var rerun = await Client.PostAsync($"/transcode/{hash}", null);

        Assert.Equal(202, (int)rerun.StatusCode);
        var video = await WaitForStatusAsync(hash, "completed");
        Assert.Null((string?)(await Client.GetJsonAsync($"/transcode/{hash}/status"))["error"]);
        Assert.Equal("240p", (string?)video["original_quality_label"]);
    }

    [Fact]
    public async Task Publishing_is_refused_until_processing_has_completed()
    {
        var hash = await UploadAsync(await MediaClips.Mp4Async(640, 360, 8));

        var early = await Client.PostAsync($"/videos/{hash}/publish", null);
        var body = await early.BodyAsync();
        await WaitForStatusAsync(hash, "completed");
        var later = await (await Client.PostAsync($"/videos/{hash}/publish", null)).BodyAsync();

        Assert.Equal(400, (int)early.StatusCode);
        Assert.Equal(("not_ready", "transcode not completed"), ((string?)body["status"], (string?)body["detail"]));
        Assert.Equal("published", (string?)later["status"]);
        Assert.Equal("Published", (string?)(await Client.GetJsonAsync($"/videos/{hash}"))["status"]);
    }

    private async Task WaitForProgressAsync(string hash)
    {
        for (var i = 0; i < 600; i++)
        {
            var status = await Client.GetJsonAsync($"/transcode/{hash}/status");
            if ((string?)status["transcoding_status"] == "transcoding" && Directory.Exists(Storage("hls", hash)) &&
                Directory.EnumerateDirectories(Storage("hls", hash), ".work-*").Any())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the encode never started");
    }
}
