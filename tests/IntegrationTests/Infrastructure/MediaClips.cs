using System.Collections.Concurrent;
using System.Diagnostics;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Real video files, made by ffmpeg from its test sources (a test pattern and a sine tone) the first time a
/// test asks for one, then reused. ./test.sh installs ffmpeg when it is missing.
/// </summary>
public static class MediaClips
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> Made = new();
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "videoplatform-clips");

    /// <summary>An H.264/AAC MP4 of the given size and length (with a sine tone unless <paramref name="audio"/> is false).</summary>
    public static Task<byte[]> Mp4Async(int width, int height, int seconds, bool audio = true) =>
        Made.GetOrAdd($"{width}x{height}-{seconds}s-{(audio ? "av" : "v")}", key => new Lazy<Task<byte[]>>(() => MakeAsync(key, width, height, seconds, audio))).Value;

    public static string Ffprobe(string file)
    {
        var start = new ProcessStartInfo("ffprobe", ["-v", "error", "-show_entries", "stream=codec_name,width,height", "-of", "csv=p=0", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"ffprobe refused {file}: {errors}");
        return output.Trim();
    }

    private static async Task<byte[]> MakeAsync(string key, int width, int height, int seconds, bool audio)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{key}-{Environment.ProcessId}.mp4");
        List<string> arguments = ["-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", $"testsrc=size={width}x{height}:rate=25:duration={seconds}"];
        if (audio)
        {
            arguments.AddRange(["-f", "lavfi", "-i", $"sine=frequency=440:duration={seconds}"]);
        }

        arguments.AddRange(["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]);
        if (audio)
        {
            arguments.AddRange(["-c:a", "aac", "-shortest"]);
        }

        arguments.AddRange(["-movflags", "+faststart", path]);
        var start = new ProcessStartInfo("ffmpeg", arguments) { RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg is not installed; ./test.sh installs it.");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"ffmpeg could not make {key}: {errors}");
        var bytes = await File.ReadAllBytesAsync(path);
        File.Delete(path);
        return bytes;
    }
}
