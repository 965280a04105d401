using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.GraphQL;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.DropIn;

/// <summary>
/// CORS as a browser enforces it: Debian's headless Chromium opens a page from another origin on
/// 127.0.0.1 and calls the API with fetch; a page from an origin the API does not list is blocked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CrossOriginBrowserTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_page_from_a_listed_origin_uploads_with_a_token_and_an_unlisted_one_is_blocked()
    {
        var (allowed, blocked) = (BrowserScript.FreePort(), BrowserScript.FreePort());
        using var host = new KestrelHost(_folder, new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = $"http://127.0.0.1:{allowed}" });
        var instructor = TestTokens.Instructor("teacher-7");
        using var teacher = new HttpClient { BaseAddress = host.Address };
        teacher.DefaultRequestHeaders.Authorization = new("Bearer", instructor);
        var course = await (await teacher.PostJsonAsync("/api/courses", new { title = "Filmed in a browser" })).BodyAsync();
        var courseId = (int)course["course_id"]!;

        var (exit, output, errors) = await BrowserScript.RunAsync("cors-smoke.mjs", host.Address.ToString().TrimEnd('/'), allowed.ToString(), blocked.ToString(),
            instructor, courseId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(exit == 0, $"browser check failed:\n{output}\n{errors}");
        var seen = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        var page = seen["allowed"]!;
        Assert.Equal(200, (int)page["videos"]!["status"]!);
        Assert.Equal(401, (int)page["anonymousInit"]!["status"]!);
        Assert.Equal("Bearer", (string?)page["anonymousInit"]!["challenge"]);
        Assert.Equal(200, (int)page["init"]!["status"]!);
        Assert.Equal(200, (int)page["chunk"]!["status"]!);
        Assert.Equal(200, (int)page["complete"]!["status"]!);
        var hash = (string)page["complete"]!["hash"]!;
        Assert.True(File.Exists(Path.Combine(_folder.StorageRoot, "originals", courseId.ToString(System.Globalization.CultureInfo.InvariantCulture), hash, "from-the-browser.mp4")));
        Assert.Equal(courseId, (int)(await host.Client.GetJsonAsync($"/course-videos/{hash}"))["course_id"]!);
        Assert.Contains("Failed to fetch", (string?)seen["blocked"]!["error"]);
    }
}
