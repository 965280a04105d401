using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.Application.Uploads.SweepExpiredUploads;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Uploads;

public sealed class UploadReliabilityTests : ApiTest
{
    private UploadClient Uploads => new(Client);

    private string Staging(string id) => Path.Combine(Folder.StorageRoot, "uploads", id);

    [Fact]
    public async Task Many_chunks_sent_at_once_out_of_order_assemble_byte_for_byte()
    {
        var bytes = VideoBytes.Mp4(40 * 16_384 + 777);
        var chunks = VideoBytes.Split(bytes, 16_384);
        var id = await Uploads.StartAsync("parallel.mp4", chunks.Count);

        await Uploads.SendAllAsync(id, chunks);
        var done = await (await Uploads.CompleteAsync(id, UploadClient.Sha256(bytes))).BodyAsync();

        Assert.Equal(UploadClient.Sha256(bytes), (string?)done["sha256"]);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(Folder.StorageRoot, "originals", "default", id, "parallel.mp4")));
    }

    [Fact]
    public async Task An_upload_resumes_after_the_service_restarts()
    {
        var bytes = VideoBytes.Mp4(5 * 20_000);
        var chunks = VideoBytes.Split(bytes, 20_000);
        var id = await Uploads.StartAsync("resume.mp4", chunks.Count);
        foreach (var i in new[] { 4, 0, 2 })
        {
            (await Uploads.ChunkAsync(id, i, chunks[i])).EnsureSuccessStatusCode();
        }

        Restart();

        var status = await Client.GetJsonAsync($"/upload/{id}");
        Assert.Equal([0, 2, 4], status["received"]!.AsArray().Select(n => (int)n!));
        Assert.Equal([1, 3], status["missing"]!.AsArray().Select(n => (int)n!));
        Assert.Equal(60_000, (long)status["bytes_received"]!);
        Assert.Equal("resume.mp4", (string?)status["filename"]);
        Assert.Equal(5, (int)status["total_chunks"]!);
        Assert.Equal("uploading", (string?)status["state"]);
        Assert.NotNull(status["expires_at"]);

        var resumed = new UploadClient(Client);
        (await resumed.ChunkAsync(id, 1, chunks[1])).EnsureSuccessStatusCode();
        (await resumed.ChunkAsync(id, 3, chunks[3])).EnsureSuccessStatusCode();
        (await resumed.CompleteAsync(id, UploadClient.Sha256(bytes))).EnsureSuccessStatusCode();
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(Folder.StorageRoot, "originals", "default", id, "resume.mp4")));
    }

    [Fact]
    public async Task Resending_an_accepted_chunk_is_a_no_op_and_different_bytes_are_a_conflict()
    {
        var chunks = VideoBytes.Split(VideoBytes.Mp4(40_000), 20_000);
        var id = await Uploads.StartAsync("dup.mp4", 2);
        (await Uploads.ChunkAsync(id, 0, chunks[0])).EnsureSuccessStatusCode();

        var same = await Uploads.ChunkAsync(id, 0, chunks[0]);
        var different = await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(20_000));

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.True((bool)(await same.BodyAsync())["duplicate"]!);
        await different.ProblemAsync(409);
        (await Uploads.ChunkAsync(id, 1, chunks[1])).EnsureSuccessStatusCode();
        var done = await (await Uploads.CompleteAsync(id)).BodyAsync();
        Assert.Equal(UploadClient.Sha256([.. chunks[0], .. chunks[1]]), (string?)done["sha256"]);
    }

    [Fact]
    public async Task Concurrent_sends_of_one_chunk_leave_one_version()
    {
        var id = await Uploads.StartAsync("same-index.mp4", 1);
        var versions = Enumerable.Range(0, 6).Select(_ => VideoBytes.Mp4(200_000)).ToList();

        var responses = await Task.WhenAll(versions.Select(v => Uploads.ChunkAsync(id, 0, v, sha256: UploadClient.Sha256(v))));

        var accepted = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        Assert.Single(accepted);
        Assert.All(responses.Except(accepted), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var winner = (string)(await accepted[0].BodyAsync())["sha256"]!;
        var done = await (await Uploads.CompleteAsync(id)).BodyAsync();
        Assert.Equal(winner, (string?)done["sha256"]);
    }

    [Fact]
    public async Task A_chunk_whose_checksum_does_not_match_is_discarded()
    {
        var chunk = VideoBytes.Mp4(10_000);
        var id = await Uploads.StartAsync("sum.mp4", 1);

        var problem = await (await Uploads.ChunkAsync(id, 0, chunk, sha256: new string('0', 64))).ProblemAsync(422);

        Assert.Contains("discarded", (string?)problem["detail"]);
        Assert.Equal([0], (await Client.GetJsonAsync($"/upload/{id}"))["missing"]!.AsArray().Select(n => (int)n!));
        (await Uploads.ChunkAsync(id, 0, chunk, sha256: UploadClient.Sha256(chunk))).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_whole_file_checksum_mismatch_writes_no_row()
    {
        var id = await Uploads.StartAsync("sum.mp4", 1);
        (await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(10_000))).EnsureSuccessStatusCode();

        await (await Uploads.CompleteAsync(id, new string('a', 64))).ProblemAsync(422);

        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task Completing_with_chunks_missing_is_a_conflict_that_lists_them()
    {
        var id = await Uploads.StartAsync("gaps.mp4", 4);
        (await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(1000))).EnsureSuccessStatusCode();
        (await Uploads.ChunkAsync(id, 2, VideoBytes.Mp4(1000))).EnsureSuccessStatusCode();

        var problem = await (await Uploads.CompleteAsync(id)).ProblemAsync(409);

        Assert.Equal(["1", "3"], problem["errors"]!["missing"]!.AsArray().Select(n => (string)n!));
        Assert.Contains("1, 3", (string?)problem["detail"]);
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task Concurrent_completes_answer_the_same_hash_with_one_row_and_one_file()
    {
        var bytes = VideoBytes.Mp4(2_000_000);
        var id = await Uploads.StartAsync("twice.mp4", 4);
        await Uploads.SendAllAsync(id, VideoBytes.Split(bytes, 500_000));

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Uploads.CompleteAsync(id)));

        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal(id, (string?)(await answer.BodyAsync())["hash"]);
        }

        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos"));
        Assert.Single(Directory.GetFiles(Path.Combine(Folder.StorageRoot, "originals"), "*", SearchOption.AllDirectories));
        var again = await (await Uploads.CompleteAsync(id)).BodyAsync();
        Assert.Equal(UploadClient.Sha256(bytes), (string?)again["sha256"]);
    }

    [Fact]
    public async Task A_chunk_after_complete_is_refused()
    {
        var chunk = VideoBytes.Mp4(1000);
        var id = await Uploads.StartAsync("done.mp4", 1);
        (await Uploads.ChunkAsync(id, 0, chunk)).EnsureSuccessStatusCode();
        (await Uploads.CompleteAsync(id)).EnsureSuccessStatusCode();

        await (await Uploads.ChunkAsync(id, 0, chunk)).ProblemAsync(409);
        Assert.Equal("completed", (string?)(await Client.GetJsonAsync($"/upload/{id}"))["state"]);
    }

    [Fact]
    public async Task Aborting_drops_the_staged_bytes_and_later_calls_are_404()
    {
        var id = await Uploads.StartAsync("abort.mp4", 2);
        (await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(1000))).EnsureSuccessStatusCode();

        (await Client.DeleteAsync($"/upload/{id}")).EnsureSuccessStatusCode();

        Assert.False(Directory.Exists(Staging(id)));
        await (await Client.GetAsync($"/upload/{id}")).ProblemAsync(404);
        await (await Uploads.ChunkAsync(id, 1, VideoBytes.Mp4(1000))).ProblemAsync(404);
        await (await Uploads.CompleteAsync(id)).ProblemAsync(404);
    }

    [Fact]
    public async Task Uploads_left_past_their_lifetime_are_swept()
    {
        var stale = await Uploads.StartAsync("stale.mp4", 2);
        (await Uploads.ChunkAsync(stale, 0, VideoBytes.Mp4(1000))).EnsureSuccessStatusCode();
        Clock.Advance(TimeSpan.FromHours(23));
        var fresh = await Uploads.StartAsync("fresh.mp4", 2);
        Clock.Advance(TimeSpan.FromHours(2));

        await (await Client.GetAsync($"/upload/{stale}")).ProblemAsync(404);
        using var scope = Factory.Services.CreateScope();
        var swept = await scope.ServiceProvider.GetRequiredService<SweepExpiredUploadsHandler>().HandleAsync(default);

        Assert.Equal(1, swept);
        Assert.False(Directory.Exists(Staging(stale)));
        Assert.True(Directory.Exists(Staging(fresh)));
    }
}
