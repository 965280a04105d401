using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.Application.Uploads.SweepExpiredUploads;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Uploads;

/// <summary>
/// Two instances on one database and one storage root, as a scaled-out site runs them (PostgreSQL when the suite
/// runs there): nothing one instance keeps in memory may be needed by the other.
/// </summary>
public sealed class MultiInstanceTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly ManualClock _clock = new();
    private readonly ApiFactory _a;
    private readonly ApiFactory _b;
    private readonly HttpClient _clientA;
    private readonly HttpClient _clientB;

    public MultiInstanceTests()
    {
        var settings = new Dictionary<string, string?> { ["Media:Enabled"] = "false" };
        _a = new ApiFactory(_folder, settings, _clock);
        _b = new ApiFactory(_folder, settings, _clock);
        _clientA = _a.CreateClient();
        _clientB = _b.CreateClient();
    }

    public void Dispose()
    {
        _clientA.Dispose();
        _clientB.Dispose();
        _a.Dispose();
        _b.Dispose();
        _folder.Dispose();
    }

    private UploadClient On(int i) => new(i % 2 == 0 ? _clientA : _clientB);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Chunks_spread_over_two_instances_and_completes_on_both_at_once_give_one_row_and_one_identical_file(bool toCourse)
    {
        string? course = toCourse
            ? ((int)(await (await _clientB.PostJsonAsync("/api/courses", new { title = "Shared" })).BodyAsync())["course_id"]!).ToString()
            : null;
        var bytes = VideoBytes.Mp4(4_000_000);
        var chunks = VideoBytes.Split(bytes, 500_000);
        var id = await On(0).StartAsync("spread.mp4", chunks.Count, course);

        var sent = await Task.WhenAll(chunks.Select((chunk, i) => On(i).ChunkAsync(id, i, chunk, UploadClient.Sha256(chunk), course)));
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => On(i).CompleteAsync(id)));

        Assert.All(sent, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal(id, (string?)(await answer.BodyAsync())["hash"]);
        }

        var (table, other) = toCourse ? ((_folder.CoursesDb, "course_videos"), (_folder.VideosDb, "videos")) : ((_folder.VideosDb, "videos"), (_folder.CoursesDb, "course_videos"));
        Assert.Equal(1, TestDb.Count(table.Item1, table.Item2, $"hash = '{id}'"));
        Assert.Equal(0, TestDb.Count(other.Item1, other.Item2, $"hash = '{id}'"));
        var file = Assert.Single(Directory.GetFiles(Path.Combine(_folder.StorageRoot, "originals"), "*", SearchOption.AllDirectories));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(file));
        foreach (var client in new[] { _clientA, _clientB })
        {
            Assert.Equal("completed", (string?)(await client.GetJsonAsync($"/upload/{id}"))["state"]);
            Assert.Equal(id, (string?)(await client.GetJsonAsync($"/videos/{id}"))["hash"]);
        }
    }

    [Fact]
    public async Task Two_instances_sweeping_at_once_remove_each_expired_upload_once()
    {
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var id = await On(i).StartAsync($"left{i}.mp4", 2);
            (await On(i + 1).ChunkAsync(id, 0, VideoBytes.Mp4(10_000))).EnsureSuccessStatusCode();
            ids.Add(id);
        }

        _clock.Advance(TimeSpan.FromDays(2));
        var swept = await Task.WhenAll(SweepAsync(_a), SweepAsync(_b));

        Assert.Equal(ids.Count, swept.Sum());
        Assert.All(ids, id => Assert.False(Directory.Exists(Path.Combine(_folder.StorageRoot, "uploads", id))));
    }

    private static async Task<int> SweepAsync(ApiFactory instance)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SweepExpiredUploadsHandler>().HandleAsync(default);
    }
}
