using System.Text;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Uploads;

public sealed class UploadSafetyTests : ApiTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Upload:MaxChunkBytes"] = "100000",
        ["Upload:MaxFileBytes"] = "250000",
        ["Upload:MaxChunks"] = "10000",
    };

    private UploadClient Uploads => new(Client);

    [Fact]
    public async Task More_than_ten_thousand_chunks_is_too_large()
    {
        var problem = await (await Uploads.InitAsync("x.mp4", 10_001)).ProblemAsync(413);
        Assert.NotNull(problem["errors"]!["total_chunks"]);
        await (await Uploads.InitAsync("x.mp4", 0)).ProblemAsync(400);
    }

    [Fact]
    public async Task A_chunk_over_the_chunk_limit_is_refused_and_not_stored()
    {
        var id = await Uploads.StartAsync("big.mp4", 2);

        await (await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(100_001))).ProblemAsync(413);

        Assert.Equal([0, 1], (await Client.GetJsonAsync($"/upload/{id}"))["missing"]!.AsArray().Select(n => (int)n!));
        Assert.Empty(Directory.GetFiles(Path.Combine(Folder.StorageRoot, "uploads", id, "spill")));
    }

    [Fact]
    public async Task Chunks_that_would_make_the_file_too_large_are_refused()
    {
        var id = await Uploads.StartAsync("big.mp4", 4);
        await (await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(90_000))).ProblemAsync(413);
        await (await Uploads.InitAsync("big.mp4", 4, chunkSize: 90_000)).ProblemAsync(413);
    }

    [Fact]
    public async Task An_index_outside_the_upload_is_refused()
    {
        var id = await Uploads.StartAsync("x.mp4", 2);

        await (await Uploads.ChunkAsync(id, 2, VideoBytes.Mp4(100))).ProblemAsync(400);
        await (await Uploads.ChunkAsync(id, -1, VideoBytes.Mp4(100))).ProblemAsync(400);
        await (await Uploads.ChunkAsync(id, "two", new ByteArrayContent([1]))).ProblemAsync(400);
    }

    [Fact]
    public async Task Chunks_of_different_sizes_are_refused()
    {
        var id = await Uploads.StartAsync("x.mp4", 3);
        (await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(10_000))).EnsureSuccessStatusCode();

        var problem = await (await Uploads.ChunkAsync(id, 1, VideoBytes.Mp4(9_000))).ProblemAsync(400);

        Assert.Contains("10000", (string?)problem["detail"]);
    }

    [Theory]
    [InlineData("../../etc/evil.mp4", "evil.mp4")]
    [InlineData("..\\..\\windows\\evil.mp4", "evil.mp4")]
    [InlineData("C:\\Users\\me\\My Clip.mov", "My Clip.mov")]
    [InlineData("..hidden.mp4", "hidden.mp4")]
    [InlineData("bad\u0001name\u007f.mp4", "bad_name_.mp4")]
    public async Task File_names_are_reduced_to_a_safe_base_name_inside_the_storage_root(string sent, string stored)
    {
        var id = await Uploads.StartAsync(sent, 1);
        (await Uploads.ChunkAsync(id, 0, VideoBytes.Mp4(500))).EnsureSuccessStatusCode();
        (await Uploads.CompleteAsync(id)).EnsureSuccessStatusCode();

        var files = Directory.GetFiles(Folder.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".db") && !f.Contains(".db-") && !f.EndsWith("session.json") && !f.EndsWith(".lock")).ToList();
        Assert.Equal(Path.Combine(Folder.StorageRoot, "originals", "default", id, stored), Assert.Single(files));
        Assert.Equal(stored, (string?)(await Client.GetJsonAsync($"/videos/{id}"))["filename"]);
    }

    [Theory]
    [InlineData("notes.pdf")]
    [InlineData("run.exe")]
    [InlineData("noextension")]
    [InlineData("../")]
    public async Task Files_that_are_not_allowed_videos_are_refused_at_init(string filename)
    {
        var response = await Uploads.InitAsync(filename, 1);
        Assert.True((int)response.StatusCode is 400 or 415, $"{filename}: {response.StatusCode}");
        await response.ProblemAsync((int)response.StatusCode);
    }

    [Fact]
    public async Task A_disguised_non_video_is_refused_at_complete_with_no_row()
    {
        var id = await Uploads.StartAsync("holiday.mp4", 1);
        (await Uploads.ChunkAsync(id, 0, Encoding.ASCII.GetBytes("%PDF-1.7 this is a document, not a video"))).EnsureSuccessStatusCode();

        var problem = await (await Uploads.CompleteAsync(id)).ProblemAsync(415);

        Assert.Contains(".mp4", (string?)problem["detail"]);
        Assert.Equal(0, TestDb.Count(Folder.VideosDb, "videos"));
    }

    [Theory]
    // RIFF (1016 bytes follow) 'AVI ', then LIST (1004 bytes follow) 'hdrl': with the 1000 bytes below, the chunks end with the file.
    [InlineData("clip.avi", new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 0xF8, 3, 0, 0, (byte)'A', (byte)'V', (byte)'I', (byte)' ',
        (byte)'L', (byte)'I', (byte)'S', (byte)'T', 0xEC, 3, 0, 0, (byte)'h', (byte)'d', (byte)'r', (byte)'l' })]
    [InlineData("clip.hevc", new byte[] { 0, 0, 0, 1, 0x40, 1, 0x0c, 1, 0xff, 0xff, 1, 0x60 })]
    public async Task Avi_and_hevc_are_recognised_by_their_headers(string filename, byte[] header)
    {
        var id = await Uploads.StartAsync(filename, 1);
        (await Uploads.ChunkAsync(id, 0, [.. header, .. new byte[1000]])).EnsureSuccessStatusCode();
        (await Uploads.CompleteAsync(id)).EnsureSuccessStatusCode();
    }

    [Theory]
    [InlineData("../../../../etc")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("0123")]
    public async Task Malformed_upload_ids_are_refused(string id)
    {
        await (await Client.GetAsync($"/upload/{Uri.EscapeDataString(id)}")).ProblemAsync(400);
        await (await Uploads.CompleteAsync(id)).ProblemAsync(400);
    }

    [Fact]
    public async Task Init_needs_a_form()
    {
        await (await Client.PostJsonAsync("/upload/init", new { filename = "x.mp4", total_chunks = 1 })).ProblemAsync(415);
    }
}
