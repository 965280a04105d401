using System.Diagnostics;
using Spectre.Console;

namespace VideoPlatform.Cli.Uploading;

/// <summary>How an upload's progress is shown: a live bar on a terminal, one plain line per chunk elsewhere (a log, CI).</summary>
public abstract class ProgressView
{
    public static async Task<T> RunAsync<T>(string title, long total, long already, bool interactive, Func<ProgressView, Task<T>> work)
    {
        if (!interactive)
        {
            return await work(new PlainView(title, total, already));
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(),
                new TransferSpeedColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: total);
                task.Increment(already);
                return await work(new BarView(task));
            });
    }

    public abstract void ChunkStored(int index, long bytes);

    public abstract void Note(string message);

    private sealed class BarView(ProgressTask task) : ProgressView
    {
        public override void ChunkStored(int index, long bytes) => task.Increment(bytes);

        public override void Note(string message) => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
    }

    private sealed class PlainView(string title, long total, long already) : ProgressView
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _done = already;
        private long _sent;

        public override void ChunkStored(int index, long bytes)
        {
            var done = Interlocked.Add(ref _done, bytes);
            var sent = Interlocked.Add(ref _sent, bytes);
            var rate = sent / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            var eta = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
            Console.WriteLine($"{title}: stored chunk {index}, {done}/{total} bytes ({100.0 * done / Math.Max(total, 1):F0}%), " +
                              $"{rate / 1e6:F1} MB/s, {eta:hh\\:mm\\:ss} left");
        }

        public override void Note(string message) => Console.WriteLine(message);
    }
}
