// The media pipeline against two baselines measured in the same run on the same file:
//   pipeline  the service processes an uploaded clip (probe, thumbnail, one ffmpeg for the whole ladder,
//             master playlist), timed from the upload's complete to status "ok";
//   bare      the identical ladder command, run by hand: what the pipeline adds is overhead;
//   per_rung  the same rungs as one ffmpeg per rung, each decoding the source again (the old transcoder's way).
// Prints one line of figures.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using VideoPlatform.Application.Media;
using VideoPlatform.Domain.Media;
using VideoPlatform.Infrastructure.Media;

var options = args.Chunk(2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
var url = options["url"];
var clip = options["clip"];
var work = options["work"];
var tools = new MediaToolOptions { Preset = options.GetValueOrDefault("preset", "veryfast") };

var pipeline = await PipelineAsync(url, clip);
var facts = await ProbeAsync(clip);
var rungs = Ladder.For(facts.Height!.Value).Select(r => new RungOutput(r, Ladder.WidthFor(r, facts.Width!.Value, facts.Height.Value))).ToList();
var job = new EncodeJob(clip, facts, rungs, Path.Combine(work, "bare"));
var bare = await TimeAsync(() => FfmpegAsync(job));
var perRung = await TimeAsync(async () =>
{
    foreach (var rung in rungs)
    {
        await FfmpegAsync(job with { Rungs = [rung], OutputFolder = Path.Combine(work, "per-rung") });
    }
});

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"rungs={string.Join(",", rungs.Select(r => r.Rung.Label))} pipeline_s={pipeline:F1} bare_s={bare:F1} per_rung_s={perRung:F1} " +
    $"ratio_pipeline_to_per_rung={pipeline / perRung:F2} ratio_bare_to_per_rung={bare / perRung:F2} pipeline_overhead_pct={100 * (pipeline / bare - 1):F1}"));

static async Task<double> PipelineAsync(string url, string clip)
{
    using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(30) };
    var init = await http.PostAsync("/upload/init", new MultipartFormDataContent { { new StringContent("bench.mp4"), "filename" }, { new StringContent("1"), "total_chunks" } });
    var id = (string)JsonNode.Parse(await init.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!["upload_id"]!;
    var file = new ByteArrayContent(await File.ReadAllBytesAsync(clip));
    file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
    (await http.PostAsync("/upload/chunk", new MultipartFormDataContent { { new StringContent(id), "upload_id" }, { new StringContent("0"), "index" }, { file, "file", "blob" } }))
        .EnsureSuccessStatusCode();
    var clock = Stopwatch.StartNew();
    (await http.PostAsync("/upload/complete", new MultipartFormDataContent { { new StringContent(id), "upload_id" } })).EnsureSuccessStatusCode();
    while (true)
    {
        var status = JsonNode.Parse(await http.GetStringAsync($"/transcode/{id}/status"))!;
        switch ((string?)status["overall"])
        {
            case "ok":
                return clock.Elapsed.TotalSeconds;
            case "error":
                throw new InvalidOperationException($"the pipeline failed: {status["error"]}");
        }

        await Task.Delay(50);
    }
}

async Task FfmpegAsync(EncodeJob encode)
{
    if (Directory.Exists(encode.OutputFolder))
    {
        Directory.Delete(encode.OutputFolder, recursive: true);
    }

    foreach (var rung in encode.Rungs)
    {
        Directory.CreateDirectory(Path.Combine(encode.OutputFolder, rung.Rung.Label));
    }

    var start = new ProcessStartInfo("ffmpeg", FfmpegCommands.Ladder(encode, tools)) { RedirectStandardOutput = true, RedirectStandardError = true };
    using var process = Process.Start(start)!;
    var drain = process.StandardOutput.ReadToEndAsync();
    var errors = await process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    await drain;
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"ffmpeg failed: {errors}");
    }
}

static async Task<MediaFacts> ProbeAsync(string clip)
{
    var start = new ProcessStartInfo("ffprobe", ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height:format=duration", "-of", "json", clip])
    {
        RedirectStandardOutput = true,
    };
    using var process = Process.Start(start)!;
    var json = JsonNode.Parse(await process.StandardOutput.ReadToEndAsync())!;
    await process.WaitForExitAsync();
    var stream = json["streams"]![0]!;
    return new MediaFacts((int)stream["width"]!, (int)stream["height"]!, double.Parse((string)json["format"]!["duration"]!, CultureInfo.InvariantCulture), HasAudio: true);
}

static async Task<double> TimeAsync(Func<Task> run)
{
    var clock = Stopwatch.StartNew();
    await run();
    return clock.Elapsed.TotalSeconds;
}
