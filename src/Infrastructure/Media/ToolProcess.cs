using System.Diagnostics;
using System.Text;

namespace VideoPlatform.Infrastructure.Media;

/// <summary>
/// Runs a command-line tool with arguments passed as a list (never through a shell), streams its standard
/// output line by line, keeps the end of its standard error for the failure message, and kills it with
/// its children the moment the caller cancels.
/// </summary>
internal static class ToolProcess
{
    private const int ErrorTail = 4000;

    public sealed record Result(int ExitCode, string Output, string Errors);

    public static async Task<Result> RunAsync(string tool, IEnumerable<string> arguments, Action<string>? onLine, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            if (onLine is null)
            {
                output.AppendLine(e.Data);
            }
            else
            {
                onLine(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (errors)
            {
                errors.AppendLine(e.Data);
                if (errors.Length > ErrorTail * 2)
                {
                    errors.Remove(0, errors.Length - ErrorTail);
                }
            }
        };

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw;
        }

        string tail;
        lock (errors)
        {
            tail = errors.Length > ErrorTail ? errors.ToString(errors.Length - ErrorTail, ErrorTail) : errors.ToString();
        }

        return new Result(process.ExitCode, output.ToString(), tail.Trim());
    }
}
