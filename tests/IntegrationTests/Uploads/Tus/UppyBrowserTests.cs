using System.Globalization;
using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.GraphQL;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Uploads.Tus;

/// <summary>
/// Uppy with its tus plugin, unchanged from npm, in Debian's headless Chromium on a page from another origin:
/// the drop-in uploader a site would add. CORS is the browser's, so a tus header the API does not allow or
/// expose fails the upload here.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UppyBrowserTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Uppy_on_another_origin_uploads_a_course_video_in_pieces_and_reads_its_hash()
    {
        var page = BrowserScript.FreePort();
        using var host = new KestrelHost(_folder, new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = $"http://127.0.0.1:{page}" });
        var instructor = TestTokens.Instructor("teacher-9");
        using var teacher = new HttpClient { BaseAddress = host.Address };
        teacher.DefaultRequestHeaders.Authorization = new("Bearer", instructor);
        var courseId = (int)(await (await teacher.PostJsonAsync("/api/courses", new { title = "Uppy course" })).BodyAsync())["course_id"]!;
        var bytes = VideoBytes.Mp4(2_500_000);
        var file = Path.Combine(_folder.Root, "from-uppy.mp4");
        await File.WriteAllBytesAsync(file, bytes);

        var (exit, output, errors) = await BrowserScript.RunAsync("uppy-smoke.mjs", host.Address.ToString().TrimEnd('/'), page.ToString(CultureInfo.InvariantCulture),
            instructor, courseId.ToString(CultureInfo.InvariantCulture), file);

        Assert.True(exit == 0, $"browser check failed:\n{output}\n{errors}");
        var seen = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        Assert.True((int)seen["successful"]! == 1, seen.ToJsonString());
        var hash = (string?)seen["hash"];
        Assert.True(hash is not null, seen.ToJsonString());
        Assert.Equal(bytes.Length.ToString(CultureInfo.InvariantCulture), (string?)seen["offset"]);
        Assert.EndsWith($"/files/{hash}", (string?)seen["uploadURL"]);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_folder.StorageRoot, "originals", courseId.ToString(CultureInfo.InvariantCulture), hash, "from-uppy.mp4")));
        var video = await host.Client.GetJsonAsync($"/course-videos/{hash}");
        Assert.Equal("Uploaded with Uppy", (string?)video["title"]);
        Assert.Equal(courseId, (int)video["course_id"]!);
    }
}
