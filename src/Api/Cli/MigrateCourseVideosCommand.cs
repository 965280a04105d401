using System.Text.Json;
using VideoPlatform.Application.CourseVideos.MigrateCourseVideos;

namespace VideoPlatform.Api.Cli;

/// <summary>
/// <c>migrate-course-videos [--dry-run]</c>: moves the old system's course videos from videos.db into
/// courses.db and prints the report as JSON on stdout (logs go to stderr). Exit code 0 when the run
/// finished, 1 when it stopped on an error (running it again is safe), 2 for a usage error.
/// </summary>
public static class MigrateCourseVideosCommand
{
    public const string Name = "migrate-course-videos";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var options = args.Skip(1).ToList();
        if (options.Any(o => o != "--dry-run"))
        {
            await Console.Error.WriteLineAsync($"usage: {Name} [--dry-run]");
            return 2;
        }

        try
        {
            await using var scope = services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<MigrateCourseVideosHandler>()
                .HandleAsync(dryRun: options.Contains("--dry-run"), CancellationToken.None);
            Console.WriteLine(JsonSerializer.Serialize(report.Value, CommandLine.ReportJson));
            return 0;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"{Name} stopped: {e.Message}. Every row is still in exactly one consistent place; run it again to finish.");
            return 1;
        }
    }
}
