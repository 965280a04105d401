using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Media;

/// <summary>A Scheduled video publishes itself once its time has come and its renditions are ready.</summary>
public sealed class SchedulingTests : MediaTest
{
    [Theory]
    [InlineData("+01:00")]
    [InlineData("")] // no offset: read as UTC
    public async Task A_scheduled_video_is_published_when_its_time_passes_not_before(string offset)
    {
        var hash = await UploadAsync(await MediaClips.Mp4Async(320, 240, 2));
        var at = DateTime.UtcNow.AddHours(2);
        var text = offset == "" ? at.ToString("yyyy-MM-ddTHH:mm:ss") : at.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss") + offset;
        await Client.PutJsonAsync($"/videos/{hash}", new { status = "Scheduled", scheduled_at = text });
        await WaitForStatusAsync(hash, "completed");

        await Task.Delay(1500);
        Assert.Equal("Scheduled", (string?)(await Client.GetJsonAsync($"/videos/{hash}"))["status"]);

        Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        await MediaSettings.WaitForAsync(Client, hash, v => (string?)v["status"] == "Published", "Published");
    }
}
