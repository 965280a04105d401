using System.Diagnostics;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>The service binary run once as an operator runs it from a terminal, to its exit.</summary>
public static class ApiCommand
{
    public sealed record Outcome(int Code, string Stdout, string Stderr);

    /// <param name="folder">When given, the binary runs on its databases and storage.</param>
    /// <param name="workingDirectory">Where relative data paths lead; the test's own folder by default.</param>
    public static async Task<Outcome> RunAsync(IEnumerable<string> args, TestFolder? folder = null,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var api = Path.Combine(AppContext.BaseDirectory, "VideoPlatform.Api.dll");
        var start = new ProcessStartInfo("dotnet", [api, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? folder?.Root ?? Environment.CurrentDirectory,
        };
        if (folder is not null)
        {
            start.Environment["Storage__Root"] = folder.StorageRoot;
            foreach (var (key, value) in folder.DatabaseSettings)
            {
                start.Environment[key.Replace(":", "__")] = value;
            }
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return new Outcome(process.ExitCode, await stdout, stderr);
    }
}
