using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// A script in tests/browser run with node: Debian's Chromium, headless, driven by playwright-core. ./test.sh
/// installs both when they are missing.
/// </summary>
public static class BrowserScript
{
    public sealed record Outcome(int Exit, string Output, string Errors);

    public static async Task<Outcome> RunAsync(string script, params string[] arguments)
    {
        Assert.True(File.Exists("/usr/bin/chromium"), "Debian's chromium is not installed; ./test.sh installs it (apt-get install chromium).");
        return await RunNodeAsync("playwright-core", script, arguments);
    }

    /// <summary>A script in tests/browser that needs no browser, only <paramref name="package"/> from its node_modules.</summary>
    public static async Task<Outcome> RunNodeAsync(string package, string script, params string[] arguments)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "browser");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", package)),
            $"{package} is not installed; ./test.sh installs it (npm ci in tests/browser).");
        var start = new ProcessStartInfo("node", [script, .. arguments]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await node.WaitForExitAsync(timeout.Token);
        return new Outcome(node.ExitCode, await output, await errors);
    }

    /// <summary>A port on 127.0.0.1 nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
