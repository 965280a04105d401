using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Migration;

/// <summary>
/// <c>copy-database --from-sqlite</c>, run as an operator runs it, from the old SQLite files into the configured
/// databases: PostgreSQL when the suite runs there (the move it exists for), other SQLite files otherwise.
/// </summary>
public sealed class CopyDatabaseTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly string _legacy;

    public CopyDatabaseTests()
    {
        _legacy = Path.Combine(_folder.Root, "legacy");
        Directory.CreateDirectory(_legacy);
        LegacyDatabases.CreateVideosDb(Path.Combine(_legacy, "videos.db"));
        LegacyDatabases.CreateCoursesDb(Path.Combine(_legacy, "courses.db"));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_row_is_copied_with_its_id_hash_and_time_and_a_second_run_changes_nothing()
    {
        var (code, report, _) = await CopyAsync();

        Assert.Equal(0, code);
        Assert.Equal(2, Table(report, "courses")["copied"]!.GetValue<int>());
        Assert.Equal(3, Table(report, "lessons")["copied"]!.GetValue<int>());
        Assert.Equal(5, Table(report, "videos")["copied"]!.GetValue<int>());
        Assert.Equal(2, Table(report, "categories")["copied"]!.GetValue<int>());
        // A NULL stays NULL even where the column has a default.
        Assert.Equal(DBNull.Value, TestDb.Scalar(_folder.CoursesDb, "SELECT downloadable FROM lessons WHERE id = 3"));

        using (var factory = new ApiFactory(_folder))
        using (var client = factory.CreateClient())
        {
            var video = await client.GetJsonAsync("/videos/adminhash2");
            Assert.Equal(2, (int)video["id"]!);
            Assert.Equal("2026-11-21T10:15:30.123456", ((string?)video["created_at"])?[..26]);
            Assert.Equal(1, (int)video["stopped"]!);
            var course = await client.GetJsonAsync("/api/courses/2");
            Assert.Equal("Advanced SQL", (string?)course["title"]);
            Assert.Equal(49.99, (double)course["price"]!);

            // New rows continue after the copied ids instead of colliding with them.
            var created = await (await client.PostJsonAsync("/api/courses", new { title = "After the move" })).BodyAsync();
            Assert.Equal(3, (int)created["course_id"]!);
        }

        var (again, second, _) = await CopyAsync();
        Assert.Equal(0, again);
        Assert.All(second["tables"]!.AsArray(), t => Assert.Equal(0, t!["copied"]!.GetValue<int>()));
        Assert.Equal(5, Table(second, "videos")["already_present"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_row_that_differs_in_the_target_is_left_alone_and_named()
    {
        Assert.Equal(0, (await CopyAsync()).Code);
        TestDb.Execute(_folder.CoursesDb, "UPDATE courses SET title = 'Changed since' WHERE id = 1");

        var (code, report, _) = await CopyAsync();

        Assert.Equal(3, code);
        var conflict = (string)Assert.Single(report["conflicts"]!.AsArray())!;
        Assert.Contains("courses", conflict);
        Assert.Contains("1", conflict);
        Assert.Contains("title", conflict);
        Assert.Equal("Changed since", TestDb.Scalar(_folder.CoursesDb, "SELECT title FROM courses WHERE id = 1"));
    }

    [Fact]
    public async Task A_folder_without_the_old_files_is_a_clear_error_and_copies_nothing()
    {
        var (code, _, stderr) = await CopyAsync(Path.Combine(_folder.Root, "nowhere"));

        Assert.Equal(1, code);
        Assert.Contains("There is no courses.db to copy from", stderr);
    }

    private static JsonNode Table(JsonNode report, string table) =>
        report["tables"]!.AsArray().Single(t => (string?)t!["table"] == table)!;

    private async Task<(int Code, JsonNode Report, string Stderr)> CopyAsync(string? from = null)
    {
        var run = await ApiCommand.RunAsync(["copy-database", "--from-sqlite", from ?? _legacy], _folder);
        return (run.Code, run.Stdout.Length > 0 ? JsonNode.Parse(run.Stdout)! : new JsonObject(), run.Stderr);
    }
}
