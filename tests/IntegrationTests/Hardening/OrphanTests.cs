using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.Application.Uploads.SweepExpiredUploads;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Hardening;

/// <summary>Whatever fails, the end state is a row with its file, or neither: nothing is left that nothing would clean up.</summary>
public sealed class OrphanTests : ApiTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // A writer that holds the database gets one second, not thirty, before the request gives up.
        ["ConnectionStrings:Videos"] = TestDb.ImpatientConnectionString(Folder.VideosDb),
        ["Upload:MaxFileBytes"] = "3000000",
        ["Upload:MaxChunkBytes"] = "1048576",
    };

    private UploadClient Uploads => new(Client);

    [Fact]
    public async Task A_row_that_cannot_be_written_takes_its_published_file_back_and_the_upload_can_complete_later()
    {
        var bytes = VideoBytes.Mp4(50_000);
        var id = await Uploads.StartAsync("locked.mp4", 1);
        (await Uploads.ChunkAsync(id, 0, bytes)).EnsureSuccessStatusCode();

        using (TestDb.HoldExclusive(Folder.VideosDb, "videos"))
        {
            var refused = await (await Uploads.CompleteAsync(id)).ProblemAsync(503);
            Assert.Contains("nothing was changed", (string?)refused["detail"]);
            Assert.False(File.Exists(Original("default", id, "locked.mp4")));
            Assert.Equal("uploading", (string?)(await Client.GetJsonAsync($"/upload/{id}"))["state"]);
        }

        (await Uploads.CompleteAsync(id)).EnsureSuccessStatusCode();
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Original("default", id, "locked.mp4")));
        Assert.Equal(1, TestDb.Count(Folder.VideosDb, "videos", $"hash = '{id}'"));
    }

    [Fact]
    public async Task Deleting_a_video_or_a_course_removes_their_files_and_a_repeated_complete_finds_nothing()
    {
        var admin = await UploadAsync(null);
        var course = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "Gone soon" })).BodyAsync())["course_id"]!;
        var lesson = await UploadAsync(course.ToString());

        (await Client.DeleteAsync($"/videos/{admin}")).EnsureSuccessStatusCode();
        (await Client.DeleteAsync($"/api/courses/{course}")).EnsureSuccessStatusCode();

        Assert.False(Directory.Exists(Path.Combine(Folder.StorageRoot, "originals", "default", admin)));
        Assert.False(Directory.Exists(Path.Combine(Folder.StorageRoot, "originals", course.ToString(), lesson)));
        await (await Uploads.CompleteAsync(admin)).ProblemAsync(404);
        await (await Uploads.CompleteAsync(lesson)).ProblemAsync(404);
    }

    [Fact]
    public async Task A_torn_chunk_record_loses_that_chunk_only_and_it_can_be_sent_again()
    {
        var bytes = VideoBytes.Mp4(20_000);
        var chunks = VideoBytes.Split(bytes, 10_000);
        var id = await Uploads.StartAsync("torn.mp4", 2, chunkSize: 10_000);
        await Uploads.SendAllAsync(id, chunks);

        await File.WriteAllTextAsync(Path.Combine(Folder.StorageRoot, "uploads", id, "chunks", "0.json"), string.Empty);

        Assert.Equal([0], (await Client.GetJsonAsync($"/upload/{id}"))["missing"]!.AsArray().Select(n => (int)n!));
        (await Uploads.ChunkAsync(id, 0, chunks[0])).EnsureSuccessStatusCode();
        (await Uploads.CompleteAsync(id, UploadClient.Sha256(bytes))).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_torn_session_loses_that_upload_only_and_the_sweep_goes_on()
    {
        var torn = await Uploads.StartAsync("torn.mp4", 1);
        var expired = await Uploads.StartAsync("expired.mp4", 1);
        await File.WriteAllTextAsync(Path.Combine(Folder.StorageRoot, "uploads", torn, "session.json"), "{\"upload_id\": \"");

        await (await Client.GetAsync($"/upload/{torn}")).ProblemAsync(404);
        Clock.Advance(TimeSpan.FromDays(2));
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SweepExpiredUploadsHandler>().HandleAsync(default);

        Assert.False(Directory.Exists(Path.Combine(Folder.StorageRoot, "uploads", expired)));
    }

    [Fact]
    public async Task A_last_chunk_that_arrives_first_cannot_take_the_file_past_its_limit()
    {
        // 3 × 1 MiB = 3,145,728 bytes, over the 3,000,000-byte limit, sent with the last chunk first.
        var id = await Uploads.StartAsync("big.mp4", 3);
        var chunk = VideoBytes.Mp4(1_048_576);

        (await Uploads.ChunkAsync(id, 2, chunk)).EnsureSuccessStatusCode();
        var first = await Uploads.ChunkAsync(id, 0, chunk);
        await Uploads.ChunkAsync(id, 1, chunk);
        var complete = await Uploads.CompleteAsync(id);

        await first.ProblemAsync(413);
        Assert.False(complete.IsSuccessStatusCode);
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task An_aborted_upload_whose_complete_published_without_a_row_takes_the_file_with_it()
    {
        var bytes = VideoBytes.Mp4(10_000);
        var id = await Uploads.StartAsync("half.mp4", 1);
        (await Uploads.ChunkAsync(id, 0, bytes)).EnsureSuccessStatusCode();
        // The state a complete leaves when it stops between publishing the file and writing the row.
        var original = Original("default", id, "half.mp4");
        Directory.CreateDirectory(Path.GetDirectoryName(original)!);
        File.Move(Path.Combine(Folder.StorageRoot, "uploads", id, "spill", "0"), original);

        (await Client.DeleteAsync($"/upload/{id}")).EnsureSuccessStatusCode();

        Assert.False(File.Exists(original));
        Assert.False(Directory.Exists(Path.Combine(Folder.StorageRoot, "uploads", id)));
    }

    private async Task<string> UploadAsync(string? courseId)
    {
        var id = await Uploads.StartAsync("v.mp4", 1, courseId);
        (await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(5_000))).EnsureSuccessStatusCode();
        (await Uploads.CompleteAsync(id)).EnsureSuccessStatusCode();
        Assert.True(File.Exists(Original(courseId ?? "default", id, "v.mp4")));
        return id;
    }

    private string Original(string folder, string id, string name) => Path.Combine(Folder.StorageRoot, "originals", folder, id, name);
}
