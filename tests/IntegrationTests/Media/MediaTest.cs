using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Media;

/// <summary>The service with its media pipeline on, workers polling often, leases short, the clock running.</summary>
public abstract class MediaTest : ApiTest
{
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>(MediaSettings.Fast);

    protected override bool ClockRuns => true;

    protected UploadClient Uploads => new(Client);

    /// <summary>Uploads a file in one chunk (with a course or not) and answers its hash.</summary>
    protected async Task<string> UploadAsync(byte[] bytes, string name = "clip.mp4", int? courseId = null)
    {
        var id = await Uploads.StartAsync(name, 1, courseId?.ToString());
        (await Uploads.ChunkAsync(id, 0, bytes)).EnsureSuccessStatusCode();
        (await Uploads.CompleteAsync(id)).EnsureSuccessStatusCode();
        return id;
    }

    protected async Task<int> CourseAsync(string title = "Media course") =>
        (int)(await (await Client.PostJsonAsync("/api/courses", new { title })).BodyAsync())["course_id"]!;

    /// <summary>Reads the video until its transcoding status is <paramref name="status"/> (60 s at most).</summary>
    protected Task<JsonNode> WaitForStatusAsync(string hash, string status) => MediaSettings.WaitForAsync(Client, hash, v => (string?)v["transcoding_status"] == status, status);

    protected string Storage(params string[] parts) => Path.Combine([Folder.StorageRoot, .. parts]);
}

public static class MediaSettings
{
    public static readonly IReadOnlyDictionary<string, string?> Fast = new Dictionary<string, string?>
    {
        ["Media:Enabled"] = "true",
        ["Media:PollInterval"] = "00:00:00.200",
        ["Media:Lease"] = "00:00:05",
        ["Media:RenewEvery"] = "00:00:00.500",
        ["Media:ScheduleInterval"] = "00:00:00.500",
        ["Media:Preset"] = "ultrafast",
    };

    public static async Task<JsonNode> WaitForAsync(HttpClient client, string hash, Func<JsonNode, bool> condition, string what, int seconds = 90)
    {
        JsonNode? video = null;
        for (var i = 0; i < seconds * 10; i++)
        {
            var response = await client.GetAsync($"/videos/{hash}");
            if (response.IsSuccessStatusCode)
            {
                video = await response.BodyAsync();
                if (condition(video))
                {
                    return video;
                }
            }

            await Task.Delay(100);
        }

        Assert.Fail($"video {hash} did not reach {what} within {seconds} s; last seen: {video?.ToJsonString()}");
        return null!;
    }
}
