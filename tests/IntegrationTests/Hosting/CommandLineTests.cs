using System.Net;
using System.Net.Sockets;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Hosting;

/// <summary>The service binary as a person at a terminal meets it: help, a typo, a port already taken.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Help_lists_the_commands_and_exits_zero()
    {
        var (code, stdout, _) = await RunAsync(["--help"]);

        Assert.Equal(0, code);
        Assert.Contains("migrate-course-videos", stdout);
        Assert.Contains("copy-database --from-sqlite FOLDER", stdout);
        Assert.Contains("--urls", stdout);
    }

    [Fact]
    public async Task An_unknown_command_is_an_error_that_names_the_known_ones_and_starts_nothing()
    {
        var (code, _, stderr) = await RunAsync(["migrate-course-video"]);

        Assert.Equal(2, code);
        Assert.Contains("'migrate-course-video' is not a command", stderr);
        Assert.Contains("migrate-course-videos, copy-database", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Root));
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_saying_so_exit_one_and_nothing_created()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (code, _, stderr) = await RunAsync([], new() { ["ASPNETCORE_URLS"] = url });

        Assert.Equal(1, code);
        Assert.Equal($"{url} is already in use by another process. Choose another address with --urls http://localhost:5001 (or ASPNETCORE_URLS), or stop the other process.", stderr.Trim());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Root));
    }

    /// <summary>In the test's empty folder, where relative data paths would put anything created.</summary>
    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(string[] args, Dictionary<string, string>? environment = null)
    {
        var run = await ApiCommand.RunAsync(args, environment: environment, workingDirectory: _folder.Root);
        return (run.Code, run.Stdout, run.Stderr);
    }
}
