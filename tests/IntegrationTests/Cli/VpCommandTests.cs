using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Cli;

/// <summary>
/// vp as a person runs it from a terminal: a separate process against the service on a real socket. Chunk PUTs
/// can be slowed and are recorded, so a test can stop vp (or the service) part-way and see what a rerun sends.
/// </summary>
public sealed partial class VpCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly ConcurrentQueue<int> _chunkPuts = new();
    private readonly int _port = BrowserScript.FreePort();
    private TimeSpan _chunkDelay = TimeSpan.Zero;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_upload_goes_to_videos_db_without_a_course_and_to_courses_db_with_one_byte_for_byte()
    {
        using var host = Start();
        var course = (int)(await (await host.Client.PostJsonAsync("/api/courses", new { title = "CLI" })).BodyAsync())["course_id"]!;
        var file = WriteClip("clip.mp4", 5000);

        var admin = await RunAsync(["upload", file, "--chunk-size", "0.001", "--title", "From the terminal"]);
        var forCourse = await RunAsync(["upload", file, "--chunk-size", "0.002", "--course", course.ToString()]);

        Assert.True(admin.Code == 0, admin.Stderr);
        Assert.True(forCourse.Code == 0, forCourse.Stderr);
        var adminHash = HashIn(admin.Stdout);
        var courseHash = HashIn(forCourse.Stdout);
        Assert.Equal("From the terminal", (string?)(await host.Client.GetJsonAsync($"/videos/{adminHash}"))["title"]);
        Assert.Equal(course, (int)(await host.Client.GetJsonAsync($"/course-videos/{courseHash}"))["course_id"]!);
        Assert.Equal(await File.ReadAllBytesAsync(file), await host.Client.GetByteArrayAsync($"/video/{adminHash}/original"));
        Assert.Equal(await File.ReadAllBytesAsync(file), await host.Client.GetByteArrayAsync($"/video/{courseHash}/original"));
        // Not a terminal here: plain lines, one per chunk.
        Assert.Equal(5, Regex.Matches(admin.Stdout, "stored chunk").Count);
    }

    [Fact]
    public async Task Killed_mid_upload_a_rerun_resumes_and_sends_only_what_the_service_lacks()
    {
        using var host = Start();
        _chunkDelay = TimeSpan.FromMilliseconds(150);
        var file = WriteClip("long.mp4", 30 * 1024);
        string[] args = ["upload", file, "--chunk-size", "0.001", "--parallel", "1"];

        using (var first = Launch(args))
        {
            await WaitForAsync(first, output => Regex.Matches(output, "stored chunk").Count >= 5);
            first.Process.Kill(entireProcessTree: true);
            await first.Process.WaitForExitAsync();
        }

        var uploadId = UploadIdOf(await File.ReadAllTextAsync(Directory.GetFiles(StateFolder).Single()));
        var before = (await host.Client.GetJsonAsync($"/upload/{uploadId}"))["received"]!.AsArray().Select(i => (int)i!).ToHashSet();
        _chunkPuts.Clear();
        _chunkDelay = TimeSpan.Zero;
        var second = await RunAsync(args);

        Assert.True(second.Code == 0, second.Stderr);
        Assert.Contains($"Resuming upload {uploadId}", second.Stdout);
        Assert.True(before.Count >= 5, $"only {before.Count} chunks arrived before the kill");
        Assert.Empty(_chunkPuts.Intersect(before));
        Assert.Equal(Enumerable.Range(0, 30).Except(before).Order(), _chunkPuts.Distinct().Order());
        Assert.Equal(await File.ReadAllBytesAsync(file), await host.Client.GetByteArrayAsync($"/video/{HashIn(second.Stdout)}/original"));
        Assert.Empty(Directory.GetFiles(StateFolder)); // finished: nothing left to resume
    }

    [Fact]
    public async Task A_service_restarted_mid_upload_is_waited_for_and_the_upload_finishes()
    {
        var host = Start();
        _chunkDelay = TimeSpan.FromMilliseconds(100);
        var file = WriteClip("restart.mp4", 20 * 1024);
        using var vp = Launch(["upload", file, "--chunk-size", "0.001", "--parallel", "2"]);
        await WaitForAsync(vp, output => Regex.Matches(output, "stored chunk").Count >= 4);

        host.Dispose();
        await Task.Delay(1500); // down for a while: vp's calls fail and are retried
        _chunkDelay = TimeSpan.Zero;
        using var again = Start();
        await vp.Process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(vp.Process.ExitCode == 0, vp.Stderr.ToString());
        Assert.Contains("retrying in", vp.Stdout.ToString() + vp.Stderr);
        Assert.Equal(await File.ReadAllBytesAsync(file), await again.Client.GetByteArrayAsync($"/video/{HashIn(vp.Stdout.ToString())}/original"));
    }

    [Fact]
    public async Task Refusals_are_the_services_own_words_and_each_failure_has_its_exit_code()
    {
        using var host = Start();
        var file = WriteClip("clip.mp4", 2000);
        await File.WriteAllTextAsync(Path.Combine(_folder.Root, "notes.txt"), "not a video");

        var noCourse = await RunAsync(["upload", file, "--course", "999"]);
        var noToken = await RunAsync(["upload", file], token: null);
        var notVideo = await RunAsync(["upload", Path.Combine(_folder.Root, "notes.txt")]);
        var typo = await RunAsync(["uplod", file]);
        var missing = await RunAsync(["upload", Path.Combine(_folder.Root, "nope.mp4")]);
        var huge = await RunAsync(["upload", file, "--chunk-size", "5000"]);
        var down = await RunAsync(["upload", file, "--server", $"http://127.0.0.1:{BrowserScript.FreePort()}", "--retries", "2"]);

        Assert.Equal((1, true), (noCourse.Code, noCourse.Stderr.Contains("Course 999")));
        Assert.Equal((1, true), (noToken.Code, noToken.Stderr.Contains("(401)")));
        Assert.Equal((1, true), (notVideo.Code, notVideo.Stderr.Contains("(415)")));
        Assert.Equal((2, true), (typo.Code, typo.Stderr.Contains("no command 'uplod'")));
        Assert.Equal((2, true), (missing.Code, missing.Stderr.Contains("no file")));
        Assert.Equal((2, true), (huge.Code, huge.Stderr.Contains("--chunk-size is from")));
        Assert.Equal((3, true), (down.Code, down.Stderr.Contains("cannot reach the service")));
    }

    [Fact]
    public async Task Migrate_reports_with_dry_run_and_moves_without_it()
    {
        using var host = Start();
        var course = (int)(await (await host.Client.PostJsonAsync("/api/courses", new { title = "Old" })).BodyAsync())["course_id"]!;
        // A course video the old system left in videos.db.
        TestDb.Execute(_folder.VideosDb, "INSERT INTO videos (hash, filename, stopped, transcoding_status, created_at, course_id) " +
                                         $"VALUES ('oldlesson', 'l.mp4', FALSE, 'completed', '2026-11-20 10:00:00.000000', {course})");

        var dry = await RunAsync(["migrate", "--dry-run"]);
        var stillThere = TestDb.Count(_folder.VideosDb, "videos", "hash = 'oldlesson'");
        var real = await RunAsync(["migrate"]);

        Assert.True(dry.Code == 0, dry.Stderr);
        Assert.Contains("\"oldlesson\"", dry.Stdout);
        Assert.Contains("Would move 1", dry.Stderr);
        Assert.Equal(1, stillThere);
        Assert.True(real.Code == 0, real.Stderr);
        Assert.Contains("Moved 1", real.Stderr);
        Assert.Equal(0, TestDb.Count(_folder.VideosDb, "videos", "hash = 'oldlesson'"));
        Assert.Equal(course, (int)(await host.Client.GetJsonAsync("/course-videos/oldlesson"))["course_id"]!);
    }

    private string StateFolder => Path.Combine(_folder.Root, "vp-state");

    private KestrelHost Start() => new(_folder, services: services => services.AddSingleton<IStartupFilter>(new SlowChunks(_chunkPuts, () => _chunkDelay)), port: _port);

    private string WriteClip(string name, int size)
    {
        var path = Path.Combine(_folder.Root, name);
        File.WriteAllBytes(path, VideoBytes.Mp4(size));
        return path;
    }

    private async Task<ApiCommand.Outcome> RunAsync(string[] args, string? token = "admin")
    {
        using var vp = Launch(args, token);
        return await vp.FinishAsync();
    }

    private Vp Launch(string[] args, string? token = "admin")
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "vp.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder.Root,
            Environment = { ["VP_STATE_DIR"] = StateFolder, ["VP_SERVER"] = $"http://127.0.0.1:{_port}" },
        };
        if (token is not null)
        {
            start.Environment["VP_TOKEN"] = TestTokens.Admin;
        }

        return new Vp(Process.Start(start)!);
    }

    private static async Task WaitForAsync(Vp vp, Func<string, bool> seen)
    {
        for (var i = 0; i < 600 && !seen(vp.Stdout.ToString()); i++)
        {
            Assert.False(vp.Process.HasExited, $"vp ended early:\n{vp.Stdout}\n{vp.Stderr}");
            await Task.Delay(50);
        }

        Assert.True(seen(vp.Stdout.ToString()), vp.Stdout.ToString());
    }

    private static string HashIn(string output) => VideoHash().Match(output) is { Success: true } match ? match.Groups[1].Value : throw new Xunit.Sdk.XunitException(output);

    private static string UploadIdOf(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!["UploadId"]!.ToString();

    [GeneratedRegex("as video ([0-9a-f]{32})")]
    private static partial Regex VideoHash();

    /// <summary>A running vp, its output collected as it comes.</summary>
    private sealed class Vp : IDisposable
    {
        public Vp(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => { lock (Stdout) { Stdout.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (Stderr) { Stderr.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public System.Text.StringBuilder Stdout { get; } = new();

        public System.Text.StringBuilder Stderr { get; } = new();

        public async Task<ApiCommand.Outcome> FinishAsync()
        {
            await Process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            Process.WaitForExit(); // the output events have all arrived
            return new ApiCommand.Outcome(Process.ExitCode, Stdout.ToString(), Stderr.ToString());
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }
    }

    /// <summary>Records the chunk PUTs the service accepted, and can slow them, so a test can stop vp (or the service) part-way.</summary>
    private sealed partial class SlowChunks(ConcurrentQueue<int> puts, Func<TimeSpan> delay) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, proceed) =>
            {
                if (context.Request.Method == HttpMethods.Put && ChunkPath().Match(context.Request.Path.Value ?? string.Empty) is { Success: true } match)
                {
                    await Task.Delay(delay());
                    await proceed();
                    if (context.Response.StatusCode == StatusCodes.Status200OK)
                    {
                        puts.Enqueue(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                    }

                    return;
                }

                await proceed();
            });
            next(app);
        };

        [GeneratedRegex("^/upload/[0-9a-f]+/chunks/([0-9]+)$")]
        private static partial Regex ChunkPath();
    }
}
