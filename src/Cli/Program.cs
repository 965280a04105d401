using System.Globalization;
using System.Net.Http;
using System.Text.Json.Nodes;
using VideoPlatform.Cli.Service;
using VideoPlatform.Cli.Uploading;

// vp: a terminal client for a VideoPlatform service. Exit codes: 0 done, 1 the service refused (its reason is
// printed), 2 a mistake in the command line, 3 the service could not be reached, 130 interrupted (rerun to resume).
const string Usage = """
    vp: upload videos to a VideoPlatform service from a terminal.

    Commands:
      vp upload FILE [--course ID] [--title TEXT] [--chunk-size MIB] [--parallel N] [--retries N]
                          send FILE in chunks (8 MiB, 4 at a time, each call tried up to 8 times);
                          after Ctrl-C or a failure, rerun the same command to resume
      vp status UPLOAD_ID  what the service has of an upload
      vp videos [--page N] [--limit N]
                          list the admin videos, newest first
      vp migrate [--dry-run]
                          move course videos the old system left in videos.db to courses.db (admin);
                          --dry-run reports what would move and changes nothing

    Options for every command:
      --server URL        the service (default $VP_SERVER, else http://localhost:5000)
      --token TOKEN       a bearer token (default $VP_TOKEN)
      --api-key KEY       an API key (default $VP_API_KEY)
      --help              this text
    """;

if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

try
{
    var (positional, options) = CommandLine.Parse(args.Skip(1));
    var server = new Uri(CommandLine.Server(options.GetValueOrDefault("server") ?? Environment.GetEnvironmentVariable("VP_SERVER") ?? "http://localhost:5000"));
    using var http = ServiceClient.Create(server, options.GetValueOrDefault("token") ?? Environment.GetEnvironmentVariable("VP_TOKEN"),
        options.GetValueOrDefault("api-key") ?? Environment.GetEnvironmentVariable("VP_API_KEY"));
    var service = new ServiceClient(http);
    switch (args[0])
    {
        case "upload":
            var file = new FileInfo(CommandLine.Single(positional, "FILE"));
            if (!file.Exists)
            {
                throw new UsageException($"There is no file {file.FullName}.");
            }

            // Each sender holds one chunk in memory: both are bounded, so a typo cannot ask for gigabytes.
            var chunkSize = (long)((CommandLine.Double(options, "chunk-size") ?? 8) * 1024 * 1024);
            var parallel = CommandLine.Int(options, "parallel") ?? 4;
            if (chunkSize is < 1024 or > 1024L * 1024 * 1024 || parallel > 32)
            {
                throw new UsageException("--chunk-size is from 0.001 (1 KiB) to 1024 (1 GiB) MiB, and --parallel at most 32.");
            }

            var request = new UploadRequest(file, CommandLine.Int(options, "course"), options.GetValueOrDefault("title"), chunkSize, parallel,
                CommandLine.Int(options, "retries") ?? 8);
            var interactive = !Console.IsOutputRedirected && Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive;
            return await new UploadCommand(service, ResumeState.Default(), server, Console.Error).RunAsync(request, interactive, cancel.Token);
        case "status":
            var status = await service.StatusAsync(CommandLine.Single(positional, "UPLOAD_ID"), cancel.Token)
                ?? throw new ServiceProblem(System.Net.HttpStatusCode.NotFound, "The service does not know this upload (or it expired).");
            Console.WriteLine($"upload {status["upload_id"]}: {status["state"]}, {status["received"]!.AsArray().Count} of {status["total_chunks"]} chunks, " +
                              $"{status["bytes_received"]} bytes{(status["hash"] is { } hash ? $", video {hash}" : string.Empty)}");
            return 0;
        case "videos":
            var page = await service.VideosAsync(CommandLine.Int(options, "page") ?? 1, CommandLine.Int(options, "limit") ?? 20, cancel.Token);
            foreach (var video in page["videos"]!.AsArray().OfType<JsonObject>())
            {
                Console.WriteLine($"{video["hash"],-34} {video["transcoding_status"],-11} {video["created_at"],-27} {video["title"]}");
            }

            Console.WriteLine($"page {page["page"]} of {page["total_pages"]}, {page["total"]} videos");
            return 0;
        case "migrate":
            if (positional.Count > 0)
            {
                throw new UsageException("migrate takes no arguments, only --dry-run.");
            }

            var data = await service.GraphQLAsync(
                "mutation Migrate($dryRun: Boolean!) { migrateCourseVideos(input: {dryRun: $dryRun}) { report { dryRun moved alreadyPresent conflicts " +
                "orphans { hash courseId } counts { moved alreadyPresent orphans conflicts } } errors { ... on Error { message } } } }",
                new JsonObject { ["dryRun"] = options.ContainsKey("dry-run") }, cancel.Token);
            var payload = data["migrateCourseVideos"]!;
            if (payload["errors"] is JsonArray { Count: > 0 } refused)
            {
                throw new ServiceProblem(System.Net.HttpStatusCode.UnprocessableEntity, string.Join(" ", refused.Select(e => (string?)e!["message"])));
            }

            var counts = payload["report"]!["counts"]!;
            Console.WriteLine(payload["report"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            await Console.Error.WriteLineAsync($"{((bool)payload["report"]!["dryRun"]! ? "Would move" : "Moved")} {counts["moved"]}, " +
                                               $"{counts["alreadyPresent"]} already there, {counts["orphans"]} without a course, {counts["conflicts"]} in conflict.");
            return 0; // finished, as the service's own migrate command counts it: conflicts are reported, not failures
        default:
            throw new UsageException($"There is no command '{args[0]}'. The commands are upload, status, videos and migrate (vp --help).");
    }
}
catch (UsageException e)
{
    await Console.Error.WriteLineAsync($"vp: {e.Message}");
    return 2;
}
catch (ServiceProblem e)
{
    await Console.Error.WriteLineAsync($"vp: the service refused ({(int)e.Status}): {e.Message}");
    return 1;
}
catch (HttpRequestException e)
{
    await Console.Error.WriteLineAsync($"vp: cannot reach the service ({e.Message}). Is it running, and is --server right?");
    return 3;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("vp: interrupted; run the same command again to resume.");
    return 130;
}

/// <summary>A mistake in the command line, said in its own terms.</summary>
internal sealed class UsageException(string message) : Exception(message);

internal static class CommandLine
{
    private static readonly HashSet<string> Flags = ["dry-run"];
    private static readonly HashSet<string> Known = ["server", "token", "api-key", "course", "title", "chunk-size", "parallel", "retries", "page", "limit"];

    public static (List<string> Positional, Dictionary<string, string> Options) Parse(IEnumerable<string> args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>();
        using var items = args.GetEnumerator();
        while (items.MoveNext())
        {
            var arg = items.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            if (Flags.Contains(name))
            {
                options[name] = "true";
                continue;
            }

            if (!Known.Contains(name))
            {
                throw new UsageException($"Unknown option {arg} (vp --help lists them).");
            }

            options[name] = items.MoveNext() ? items.Current : throw new UsageException($"{arg} needs a value.");
        }

        return (positional, options);
    }

    public static string Single(List<string> positional, string what) => positional.Count == 1
        ? positional[0]
        : throw new UsageException(positional.Count == 0 ? $"Give the {what}." : $"Give one {what}, not {positional.Count}.");

    public static int? Int(Dictionary<string, string> options, string name) => options.TryGetValue(name, out var text)
        ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new UsageException($"--{name} is a whole number above 0, not '{text}'.")
        : null;

    public static double? Double(Dictionary<string, string> options, string name) => options.TryGetValue(name, out var text)
        ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : throw new UsageException($"--{name} is a number above 0, not '{text}'.")
        : null;

    /// <summary>The server's base address, ending in a slash so relative calls keep its path.</summary>
    public static string Server(string url) => Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        ? uri.AbsoluteUri
        : throw new UsageException($"--server is an http(s) address, not '{url}'.");
}
