// The two helpers bench/reads/run.sh needs besides wrk:
//   seed  --url U --videos N --course-videos M   N admin videos and a course with M videos; prints the course id
//   serve --from U --port P --paths a,b,c        the framework's ceiling: a bare Kestrel endpoint per path that
//                                                writes the bytes U answered for it, from memory
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

var options = args.Skip(1).Chunk(2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
switch (args.FirstOrDefault())
{
    case "seed":
        await SeedAsync(new Uri(options["url"]), int.Parse(options["videos"], CultureInfo.InvariantCulture),
            int.Parse(options["course-videos"], CultureInfo.InvariantCulture));
        break;
    case "serve":
        await ServeAsync(new Uri(options["from"]), int.Parse(options["port"], CultureInfo.InvariantCulture), options["paths"].Split(','));
        break;
    default:
        Console.Error.WriteLine("usage: ReadsBench seed --url U --videos N --course-videos M | serve --from U --port P --paths a,b");
        Environment.Exit(2);
        break;
}

static async Task SeedAsync(Uri url, int videos, int courseVideos)
{
    using var http = new HttpClient { BaseAddress = url };
    var course = (int)JsonNode.Parse(await (await http.PostAsJsonAsync("/api/courses", new { title = "Benchmark course" }))
        .EnsureSuccessStatusCode().Content.ReadAsStringAsync())!["course_id"]!;
    var jobs = Enumerable.Range(0, videos).Select(i => ("/videos", (object)new Dictionary<string, object>
    {
        ["hash"] = $"bench{i:D6}", ["filename"] = $"video-{i}.mp4", ["description"] = $"Benchmark video number {i}",
        ["transcoding_status"] = "completed", ["original_resolution"] = "1920x1080",
    })).Concat(Enumerable.Range(0, courseVideos).Select(i => ("/course-videos", (object)new Dictionary<string, object>
    {
        ["hash"] = $"lesson{i:D4}", ["filename"] = $"lesson-{i}.mp4", ["course_id"] = course, ["title"] = $"Lesson {i}",
        ["transcoding_status"] = "completed", ["original_resolution"] = "1920x1080",
    }))).ToList();
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < jobs.Count)
        {
            (await http.PostAsJsonAsync(jobs[i].Item1, jobs[i].Item2)).EnsureSuccessStatusCode();
        }
    }));
    Console.WriteLine(course);
}

static async Task ServeAsync(Uri from, int port, string[] paths)
{
    using var http = new HttpClient { BaseAddress = from };
    var builder = WebApplication.CreateSlimBuilder();
    builder.Logging.ClearProviders();
    builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
    var app = builder.Build();
    foreach (var path in paths)
    {
        using var response = (await http.GetAsync(path)).EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        var type = response.Content.Headers.ContentType!.ToString();
        app.MapGet(new Uri(from, path).AbsolutePath, () => Results.Bytes(body, type));
    }

    await app.RunAsync();
}
