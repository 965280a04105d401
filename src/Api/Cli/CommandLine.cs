using System.Net;
using System.Net.Sockets;

namespace VideoPlatform.Api.Cli;

/// <summary>The commands the service binary runs instead of serving, by their first argument.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, (Func<IServiceProvider, string[], Task<int>> Run, string Arguments, string Purpose)> Commands = new()
    {
        [MigrateCourseVideosCommand.Name] = (MigrateCourseVideosCommand.RunAsync, "[--dry-run]",
            "move course videos from videos.db to courses.db (JSON report on stdout)"),
        [CopyDatabaseCommand.Name] = (CopyDatabaseCommand.RunAsync, "--from-sqlite FOLDER",
            "copy courses.db and videos.db into the configured databases (PostgreSQL)"),
    };

    /// <summary>How a command prints its report on stdout: JSON in the REST wire's snake_case, for people and scripts.</summary>
    public static System.Text.Json.JsonSerializerOptions ReportJson { get; } = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>The command <paramref name="args"/> asks for; null to serve.</summary>
    public static Func<IServiceProvider, string[], Task<int>>? Find(string[] args) =>
        args.Length > 0 && Commands.TryGetValue(args[0], out var command) ? command.Run : null;

    /// <summary>
    /// The exit code when the arguments are answered before anything starts: 0 after <c>--help</c>, 2 for a
    /// command that does not exist. A first argument that is a setting (<c>--urls …</c>, <c>Key=Value</c>) is
    /// configuration, as ASP.NET Core reads it.
    /// </summary>
    public static int? Answer(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0)
        {
            return null;
        }

        if (args[0] is "--help" or "-h" or "-?" or "help")
        {
            output.WriteLine(Help);
            return 0;
        }

        if (args[0].StartsWith('-') || args[0].StartsWith('/') || args[0].Contains('=') || Commands.ContainsKey(args[0]))
        {
            return null;
        }

        error.WriteLine($"'{args[0]}' is not a command. Commands: {string.Join(", ", Commands.Keys)}; --help lists them and the options.");
        return 2;
    }

    /// <summary>
    /// One line for a configured address another process holds, instead of Kestrel's stack trace; checked
    /// before the databases are created, so a second start on a busy port leaves nothing behind. (Without
    /// configured addresses nothing is probed: a test server binds none.)
    /// </summary>
    public static string? BusyAddress(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0"), UriKind.Absolute, out var uri) || uri.Port == 0)
            {
                continue; // Kestrel reports what it cannot parse; port 0 is any free port
            }

            var addresses = uri.Host == "localhost" ? [IPAddress.Loopback] : IPAddress.TryParse(uri.Host, out var ip) ? [ip] : Array.Empty<IPAddress>();
            foreach (var address in addresses)
            {
                try
                {
                    var probe = new TcpListener(address, uri.Port);
                    probe.Start();
                    probe.Stop();
                }
                catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
                {
                    return InUse(url);
                }
            }
        }

        return null;
    }

    /// <summary>What to say when an address is taken (also when Kestrel finds out itself, at start).</summary>
    public static string InUse(string address) =>
        $"{address} is already in use by another process. Choose another address with --urls http://localhost:5001 " +
        "(or ASPNETCORE_URLS), or stop the other process.";

    private static string Help => $"""
        VideoPlatform: the course and video service (REST, chunked upload, GraphQL at /graphql).

        usage: dotnet run --project src/Api [-- COMMAND] [OPTIONS]
               dotnet VideoPlatform.Api.dll [COMMAND] [OPTIONS]

        Without a command it serves. Commands:
        {string.Join(Environment.NewLine, Commands.Select(c => $"  {$"{c.Key} {c.Value.Arguments}",-42} {c.Value.Purpose}"))}

        Options (any configuration key, as --Key value or Key=value; environment variables with __):
          --urls URLS                       where to listen, ';'-separated (default http://localhost:5000)
          --Database:Provider NAME          Sqlite (default) or PostgreSQL
          --ConnectionStrings:Courses CS    courses database (default Data Source=data/courses.db)
          --ConnectionStrings:Videos CS     videos database (default Data Source=data/videos.db)
          --Storage:Root FOLDER             uploads, originals, thumbnails, renditions (default data)
        Every setting is in the README's Configuration table.
        """;
}
