using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Metadata;

/// <summary>Numbered pages far down a list (read through the ids first) hold exactly the rows the order puts there.</summary>
public sealed class DeepPageTests : ApiTest
{
    [Fact]
    public async Task Pages_past_the_first_thousand_rows_are_the_right_rows_in_order()
    {
        // 1,150 videos, a second apart, with ties: every tenth shares its time with the one before.
        TestDb.Execute(Folder.VideosDb, string.Join("\n", Enumerable.Range(1, 1150).Select(i =>
            $"INSERT INTO videos (hash, filename, stopped, transcoding_status, created_at) VALUES " +
            $"('deep{i:D4}', 'd.mp4', FALSE, 'completed', '2026-01-01 {(i - (i % 10 == 0 ? 1 : 0)) / 3600:D2}:{(i - (i % 10 == 0 ? 1 : 0)) / 60 % 60:D2}:{(i - (i % 10 == 0 ? 1 : 0)) % 60:D2}.000000');")));
        // Newest first, and among equal times the later id first.
        var expected = Enumerable.Range(1, 1150).Select(i => (Time: i - (i % 10 == 0 ? 1 : 0), Id: i))
            .OrderByDescending(r => r.Time).ThenByDescending(r => r.Id).Select(r => $"deep{r.Id:D4}").ToList();

        var eleventh = await Client.GetJsonAsync("/videos?page=11&limit=100");
        var twelfth = await Client.GetJsonAsync("/videos?page=12&limit=100");

        Assert.Equal(expected.Skip(1000).Take(100), eleventh["videos"]!.AsArray().Select(v => (string)v!["hash"]!));
        Assert.Equal(expected.Skip(1100), twelfth["videos"]!.AsArray().Select(v => (string)v!["hash"]!));
        Assert.Equal(1150, (int)twelfth["total"]!);
    }
}
