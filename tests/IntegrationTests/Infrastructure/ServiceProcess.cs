using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// The built service as its own process on 127.0.0.1, over a test folder: what only a real process shows
/// (SIGKILL with work in flight, a restart that reads only what is on disk).
/// </summary>
public sealed class ServiceProcess(TestFolder folder) : IDisposable
{
    private Process? _process;

    public Process? Process => _process;

    /// <summary>What the service wrote to its console, line by line.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Output { get; } = new();

    /// <summary>The addresses the service listens on.</summary>
    public IReadOnlyList<Uri> Urls { get; private set; } = [];

    /// <summary>Starts (or restarts) the service on <paramref name="ports"/> free ports and waits until /health answers on the first.</summary>
    public async Task<HttpClient> StartAsync(IReadOnlyDictionary<string, string>? environment = null, int ports = 1)
    {
        Kill();
        Urls = Enumerable.Range(0, ports).Select(_ => new Uri($"http://127.0.0.1:{FreePort()}")).ToList();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "VideoPlatform.Api.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = string.Join(";", Urls.Select(u => u.ToString().TrimEnd('/'))),
                ["Storage__Root"] = folder.StorageRoot,
            },
        };
        foreach (var (key, value) in TestTokens.Settings.Concat(folder.DatabaseSettings))
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                Output.Enqueue(line.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var client = AdminClient(Urls[0]);
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return client;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the service did not start within 30 s");
    }

    /// <summary>SIGKILL: no shutdown, no flush, nothing in memory survives.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Kill();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A client for <paramref name="url"/> that acts as an admin.</summary>
    public static HttpClient AdminClient(Uri url)
    {
        var client = new HttpClient { BaseAddress = url };
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Admin);
        return client;
    }
}
