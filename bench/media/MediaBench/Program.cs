// The media pipeline against two baselines measured in the same run on the same file:
//   pipeline  the service processes an uploaded clip (probe, thumbnail, one ffmpeg for the whole ladder,
//             master playlist), timed from the upload's complete to status "ok";
//   bare      the identical ladder command, run by hand: what the pipeline adds is overhead;
//   per_rung  the same rungs as one ffmpeg per rung, each decoding the source again (the old transcoder's way).
// The three take turns for --rounds rounds, so a noisy neighbour hurts them alike; the medians are printed.
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
var rounds = int.Parse(options.GetValueOrDefault("rounds", "3"), CultureInfo.InvariantCulture);
var tools = new MediaToolOptions { Preset = options.GetValueOrDefault("preset", "veryfast") };

var facts = await ProbeAsync(clip);
var rungs = Ladder.For(facts.Height!.Value).Select(r => new RungOutput(r, Ladder.WidthFor(r, facts.Width!.Value, facts.Height.Value))).ToList();
var job = new EncodeJob(clip, facts, rungs, Path.Combine(work, "bare"));
var (pipeline, bare, perRung) = (new List<double>(), new List<double>(), new List<double>());
for (var round = 1; round <= rounds; round++)
{
    // Each round uploads its own copy (a different hash), so the service sees a new video.
    pipeline.Add(await PipelineAsync(url, await CopyAsync(clip, work, round)));
    bare.Add(await TimeAsync(() => FfmpegAsync(job)));
    perRung.Add(await TimeAsync(async () =>
    {
        foreach (var rung in rungs)
        {
            await FfmpegAsync(job with { Rungs = [rung], OutputFolder = Path.Combine(work, "per-rung") });
        }
    }));
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"round {round}: pipeline {pipeline[^1]:F1} s, bare {bare[^1]:F1} s, per rung {perRung[^1]:F1} s"));
}

var (p, b, r) = (Median(pipeline), Median(bare), Median(perRung));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"rungs={string.Join(",", rungs.Select(x => x.Rung.Label))} rounds={rounds} pipeline_s={p:F1} bare_s={b:F1} per_rung_s={r:F1} " +
    $"ratio_pipeline_to_per_rung={p / r:F2} ratio_bare_to_per_rung={b / r:F2} pipeline_overhead_pct={100 * (p / b - 1):F1}"));

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

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

        // A coarse poll: a tight one would take CPU from the encode it is timing.
        await Task.Delay(250);
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

// The clip with a 'free' box appended that holds the round number: still a well-formed MP4, with another hash.
static async Task<string> CopyAsync(string clip, string work, int round)
{
    var copy = Path.Combine(work, $"round-{round}.mp4");
    File.Copy(clip, copy, overwrite: true);
    await using var file = new FileStream(copy, FileMode.Append);
    byte[] free = [0, 0, 0, 12, (byte)'f', (byte)'r', (byte)'e', (byte)'e', 0, 0, 0, (byte)round];
    await file.WriteAsync(free);
    return copy;
}

static async Task<double> TimeAsync(Func<Task> run)
{
    var clock = Stopwatch.StartNew();
    await run();
    return clock.Elapsed.TotalSeconds;
}
