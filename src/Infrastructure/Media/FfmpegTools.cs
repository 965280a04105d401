using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Media;
using VideoPlatform.Domain.Media;

namespace VideoPlatform.Infrastructure.Media;

/// <summary>The media tools as Debian's ffmpeg package installs them, run as processes.</summary>
internal sealed class FfmpegTools(IOptions<MediaToolOptions> options, TimeProvider clock) : IMediaTools
{
    private static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(30);
    private readonly object _gate = new();
    private (bool Available, DateTime CheckedAt) _availability = (false, DateTime.MinValue);

    /// <summary>Looked up on PATH now and then, so installing ffmpeg while the service runs is noticed.</summary>
    public bool IsAvailable
    {
        get
        {
            var now = clock.GetUtcNow().UtcDateTime;
            lock (_gate)
            {
                if (now - _availability.CheckedAt > RecheckEvery || now < _availability.CheckedAt)
                {
                    _availability = (Locate(options.Value.Ffmpeg) is not null && Locate(options.Value.Ffprobe) is not null, now);
                }

                return _availability.Available;
            }
        }
    }

    public async Task<MediaFacts?> ProbeAsync(string source, CancellationToken ct)
    {
        var run = await ToolProcess.RunAsync(options.Value.Ffprobe, FfmpegCommands.Probe(source), null, ct);
        return run.ExitCode == 0 ? ProbeOutput.Read(run.Output) : null;
    }

    public async Task<string?> CaptureFrameAsync(string source, double atSeconds, string target, CancellationToken ct)
    {
        var part = $"{target}.{Guid.NewGuid():N}.part.jpg";
        try
        {
            var run = await ToolProcess.RunAsync(options.Value.Ffmpeg, FfmpegCommands.Frame(source, atSeconds, part), null, ct);
            if (run.ExitCode != 0 || !File.Exists(part))
            {
                return string.IsNullOrEmpty(run.Errors) ? $"ffmpeg exited with {run.ExitCode}" : run.Errors;
            }

            File.Move(part, target, overwrite: true);
            return null;
        }
        finally
        {
            File.Delete(part);
        }
    }

    public async Task<EncodeOutcome> EncodeAsync(EncodeJob job, IProgress<double> progress, CancellationToken ct)
    {
        foreach (var rung in job.Rungs)
        {
            Directory.CreateDirectory(Path.Combine(job.OutputFolder, rung.Rung.Label));
        }

        var duration = job.Facts.DurationSeconds is > 0 ? job.Facts.DurationSeconds.Value : (double?)null;
        var run = await ToolProcess.RunAsync(options.Value.Ffmpeg, FfmpegCommands.Ladder(job, options.Value), line =>
        {
            // -progress writes key=value lines; out_time_us is how far the output has got (ffmpeg 5 also writes it as out_time_ms).
            if (duration is { } total && line.StartsWith("out_time_us=", StringComparison.Ordinal) &&
                long.TryParse(line.AsSpan("out_time_us=".Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var micros))
            {
                progress.Report(micros / 1_000_000.0 / total);
            }
        }, ct);
        return run.ExitCode == 0
            ? EncodeOutcome.Success
            : EncodeOutcome.Failure(string.IsNullOrEmpty(run.Errors) ? $"ffmpeg exited with {run.ExitCode}" : run.Errors);
    }

    private static string? Locate(string tool)
    {
        if (Path.IsPathRooted(tool))
        {
            return File.Exists(tool) ? tool : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);
    }
}

/// <summary>Reads ffprobe's JSON: the first video stream's size (turned by its rotation), the duration, whether there is sound.</summary>
internal static class ProbeOutput
{
    public static MediaFacts? Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var streams = root.TryGetProperty("streams", out var s) && s.ValueKind == JsonValueKind.Array ? s.EnumerateArray().ToList() : [];
            var video = streams.FirstOrDefault(e => Text(e, "codec_type") == "video" && !IsCoverArt(e));
            var hasAudio = streams.Any(e => Text(e, "codec_type") == "audio");
            var duration = root.TryGetProperty("format", out var format) && double.TryParse(Text(format, "duration"),
                NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : (double?)null;
            if (video.ValueKind != JsonValueKind.Object || !video.TryGetProperty("width", out var w) || !video.TryGetProperty("height", out var h))
            {
                return new MediaFacts(null, null, duration, hasAudio);
            }

            var (width, height) = (w.GetInt32(), h.GetInt32());
            return Math.Abs(Rotation(video)) % 180 == 90 ? new MediaFacts(height, width, duration, hasAudio) : new MediaFacts(width, height, duration, hasAudio);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static bool IsCoverArt(JsonElement stream) =>
        stream.TryGetProperty("disposition", out var d) && d.TryGetProperty("attached_pic", out var a) && a.ValueKind == JsonValueKind.Number && a.GetInt32() == 1;

    private static int Rotation(JsonElement stream)
    {
        if (stream.TryGetProperty("side_data_list", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var data in list.EnumerateArray())
            {
                if (data.TryGetProperty("rotation", out var r) && r.ValueKind == JsonValueKind.Number)
                {
                    return (int)r.GetDouble();
                }
            }
        }

        return stream.TryGetProperty("tags", out var tags) && int.TryParse(Text(tags, "rotate"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rotate)
            ? rotate
            : 0;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString()
            : null;
}
