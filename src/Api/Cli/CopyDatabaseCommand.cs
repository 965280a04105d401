using System.Text.Json;
using VideoPlatform.Infrastructure.Persistence.Copy;
using VideoPlatform.Infrastructure.Persistence.Courses;
using VideoPlatform.Infrastructure.Persistence.Videos;

namespace VideoPlatform.Api.Cli;

/// <summary>
/// <c>copy-database --from-sqlite FOLDER</c>: copies courses.db and videos.db from FOLDER into the databases
/// this service is configured with (PostgreSQL, when a site moves there), keeping ids, hashes and
/// timestamps, and prints the report as JSON. Exit code 0 when everything is in the target, 3 when rows
/// differed and were left alone (the report names them), 1 when it stopped on an error (running it again
/// is safe), 2 for a usage error.
/// </summary>
public static class CopyDatabaseCommand
{
    public const string Name = "copy-database";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 3 || args[1] != "--from-sqlite")
        {
            await Console.Error.WriteLineAsync($"usage: {Name} --from-sqlite FOLDER   (FOLDER holds courses.db and videos.db; the target is the configured databases)");
            return 2;
        }

        try
        {
            await using var scope = services.CreateAsyncScope();
            var provider = scope.ServiceProvider;
            var report = await provider.GetRequiredService<DatabaseCopier>().CopyFromSqliteAsync(
                args[2], provider.GetRequiredService<CoursesDbContext>(), provider.GetRequiredService<VideosDbContext>(), CancellationToken.None);
            Console.WriteLine(JsonSerializer.Serialize(report, CommandLine.ReportJson));
            return report.HasConflicts ? 3 : 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"{Name} stopped: {e.Message} Rows copied so far are complete; run it again to go on.");
            return 1;
        }
    }
}
