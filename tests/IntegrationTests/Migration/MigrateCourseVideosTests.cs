using VideoPlatform.Api.Access;
using VideoPlatform.Application.Access;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.CourseVideos;
using VideoPlatform.Application.CourseVideos.MigrateCourseVideos;
using VideoPlatform.Application.Videos;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Migration;

/// <summary>The move of the old system's course videos, on files shaped like the old system's.</summary>
public sealed class MigrateCourseVideosTests : IDisposable
{
    private const string VideoColumns = "hash, filename, title, description, category, status, thumbnail_filename, " +
        "original_resolution, original_quality_label, stopped, transcoding_status, created_at, scheduled_at, course_id";

    private readonly TestFolder _folder = new();
    private readonly ApiFactory _factory;

    public MigrateCourseVideosTests()
    {
        if (TestDatabase.IsPostgres)
        {
            // A site on PostgreSQL got there with copy-database, old rows and all.
            _factory = new ApiFactory(_folder);
            LegacyDatabases.CopyIntoPostgres(_folder, _factory);
        }
        else
        {
            LegacyDatabases.CreateVideosDb(_folder.VideosDb);
            LegacyDatabases.CreateCoursesDb(_folder.CoursesDb);
            _factory = new ApiFactory(_folder);
        }

        _factory.CreateClient().Dispose(); // starts the service: course_videos now exists
    }

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_dry_run_reports_the_move_and_changes_nothing()
    {
        var before = Everything();

        var report = await MigrateAsync(dryRun: true);

        Assert.True(report.DryRun);
        Assert.Equal(["legacycourse1", "legacycourse2"], report.Moved);
        Assert.Equal(new MigrationOrphan("legacyorphan", 99), Assert.Single(report.Orphans));
        Assert.Empty(report.Conflicts);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public async Task The_move_keeps_every_field_and_leaves_each_row_in_one_place()
    {
        var legacyRows = Rows(_folder.VideosDb, "videos", "course_id IN (1, 2)");

        var report = await MigrateAsync();

        Assert.Equal(["legacycourse1", "legacycourse2"], report.Moved);
        Assert.Equal(new MigrationCounts(2, 0, 1, 0), report.Counts);
        Assert.Equal(legacyRows, Rows(_folder.CoursesDb, "course_videos"));
        Assert.Equal(["adminhash1", "adminhash2", "legacyorphan"], Hashes(_folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task A_hash_already_moved_with_identical_fields_is_finished_and_a_different_one_is_a_conflict()
    {
        TestDb.Execute(_folder.CoursesDb, $"""
            INSERT INTO course_videos ({VideoColumns}) VALUES
              ('legacycourse1', 'lesson1.mp4', 'Lesson 1', 'First lesson', 'uncategorized', 'Scheduled', 'l1.jpg', '1280x720',
               '720p', FALSE, 'completed', '2026-11-22 08:30:00.500000', '2026-12-01T10:00:00', 1);
            INSERT INTO course_videos (hash, filename, title, stopped, transcoding_status, created_at, course_id)
            VALUES ('legacycourse2', 'lesson2.mp4', 'Edited since', FALSE, 'completed', '2026-11-22 08:31:00.000001', 2);
            """);

        var report = await MigrateAsync();

        Assert.Equal(["legacycourse1"], report.AlreadyPresent);
        Assert.Equal(["legacycourse2"], report.Conflicts);
        Assert.Empty(report.Moved);
        Assert.Equal(0, TestDb.Count(_folder.VideosDb, "videos", "hash = 'legacycourse1'"));
        Assert.Equal(1, TestDb.Count(_folder.VideosDb, "videos", "hash = 'legacycourse2'"));
        Assert.Equal("Edited since", TestDb.Scalar(_folder.CoursesDb, "SELECT title FROM course_videos WHERE hash = 'legacycourse2'"));
    }

    [Fact]
    public async Task Running_it_again_moves_nothing_and_changes_nothing()
    {
        await MigrateAsync();
        var after = Everything();

        var again = await MigrateAsync();

        Assert.Empty(again.Moved);
        Assert.Empty(again.AlreadyPresent);
        Assert.Single(again.Orphans);
        Assert.Equal(after, Everything());
    }

    [Theory]
    [InlineData(MigrationStep.Copied, 1)]
    [InlineData(MigrationStep.Removed, 1)]
    [InlineData(MigrationStep.Copied, 2)]
    [InlineData(MigrationStep.Removed, 2)]
    public async Task An_interruption_after_any_step_is_finished_by_the_next_run(MigrationStep step, int occurrence)
    {
        var legacyRows = Rows(_folder.VideosDb, "videos", "course_id IN (1, 2)");

        await Assert.ThrowsAsync<SimulatedCrash>(() => MigrateAsync(checkpoints: new CrashAt(step, occurrence)));
        EveryHashOnceInTheCourseList();
        var rerun = await MigrateAsync();

        Assert.Equal(2, rerun.Counts.Moved + rerun.Counts.AlreadyPresent + (step == MigrationStep.Removed ? occurrence : occurrence - 1));
        Assert.Equal(legacyRows, Rows(_folder.CoursesDb, "course_videos"));
        Assert.Equal(["adminhash1", "adminhash2", "legacyorphan"], Hashes(_folder.VideosDb, "videos"));
    }

    [Fact]
    public async Task A_reader_during_the_move_sees_every_video_of_the_course_exactly_once()
    {
        const int count = 150;
        TestDb.Execute(_folder.VideosDb, string.Join("\n", Enumerable.Range(0, count).Select(i =>
            $"INSERT INTO videos (hash, filename, stopped, transcoding_status, created_at, course_id) " +
            $"VALUES ('bulk{i:D4}', 'b{i}.mp4', FALSE, 'completed', '2026-11-23 00:00:{i % 60:D2}.000000', 1);")));
        using var client = _factory.CreateClient();
        var expected = count + 1; // plus legacycourse1
        // One read before the move pays for the route's first run (JIT, first query), so that on a busy machine
        // the reads during the move are as quick as they will be and several fit in it.
        Assert.Equal(expected, (await client.GetJsonAsync("/videos/course/1"))["videos"]!.AsArray().Count);

        // The move waits half-way, right after a row was copied and before its source is removed (the row is in
        // both databases), until the reader has read once: on a busy machine the move cannot outrun the reader.
        var halfway = new PauseAt(MigrationStep.Copied, count / 2);
        var move = Task.Run(() => MigrateAsync(checkpoints: halfway));
        await halfway.Paused.Task.WaitAsync(TimeSpan.FromMinutes(1));
        var movedWhenFirstRead = TestDb.Count(_folder.CoursesDb, "course_videos", "course_id = 1");
        do
        {
            var videos = (await client.GetJsonAsync("/videos/course/1"))["videos"]!.AsArray().Select(v => (string)v!["hash"]!).ToList();
            Assert.Equal(expected, videos.Count);
            Assert.Equal(expected, videos.Distinct().Count());
            halfway.Resume.TrySetResult();
        }
        while (!move.IsCompleted);

        Assert.Equal(expected + 1, (await move).Counts.Moved); // and legacycourse2 of course 2
        Assert.True(movedWhenFirstRead is > 0 and < count, $"the reader should have overlapped the move ({movedWhenFirstRead} of {count} moved)");
        Assert.Equal(expected, TestDb.Count(_folder.CoursesDb, "course_videos", "course_id = 1"));
    }

    [Fact]
    public async Task The_command_line_prints_the_report_as_json_and_exits_zero()
    {
        var before = Everything();

        var run = await ApiCommand.RunAsync(["migrate-course-videos", "--dry-run"], _folder);

        Assert.Equal(0, run.Code);
        var report = JsonNode.Parse(run.Stdout)!;
        Assert.True((bool)report["dry_run"]!);
        Assert.Equal(2, (int)report["counts"]!["moved"]!);
        Assert.Equal("legacyorphan", (string?)report["orphans"]![0]!["hash"]);
        Assert.Equal(before, Everything());
    }

    private async Task<MigrationReport> MigrateAsync(bool dryRun = false, MigrationCheckpoints? checkpoints = null)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var courses = services.GetRequiredService<ICourseRepository>();
        var handler = new MigrateCourseVideosHandler(new Permissions(new CommandLineOperator(), courses),
            services.GetRequiredService<IVideoRepository>(), services.GetRequiredService<ICourseVideoRepository>(),
            courses, checkpoints ?? new MigrationCheckpoints());
        return (await handler.HandleAsync(dryRun, default)).Value;
    }

    private void EveryHashOnceInTheCourseList()
    {
        using var client = _factory.CreateClient();
        foreach (var course in new[] { 1, 2 })
        {
            var hashes = client.GetJsonAsync($"/videos/course/{course}").GetAwaiter().GetResult()["videos"]!.AsArray()
                .Select(v => (string)v!["hash"]!).ToList();
            Assert.Equal([$"legacycourse{course}"], hashes);
        }
    }

    private string Everything() => string.Join("\n",
        TestDb.Dump(_folder.VideosDb, "videos").Concat(TestDb.Dump(_folder.CoursesDb, "course_videos"))
            .Concat(TestDb.Dump(_folder.CoursesDb, "courses")));

    /// <summary>The rows with every stored value but the surrogate id, as text with their SQLite types.</summary>
    private static List<string> Rows(string db, string table, string where = "1=1") =>
        TestDb.Dump(db, $"(SELECT {VideoColumns} FROM {table} WHERE {where} ORDER BY hash)").ToList();

    private static List<string> Hashes(string db, string table) =>
        TestDb.Dump(db, $"(SELECT hash FROM {table} ORDER BY hash)").Select(r => r["hash=String:".Length..]).ToList();

    private sealed class SimulatedCrash : Exception;

    /// <summary>Stops the move right after the given step has committed for the n-th time.</summary>
    /// <summary>Holds the move at one step until the test lets it go on.</summary>
    private sealed class PauseAt(MigrationStep step, int occurrence) : MigrationCheckpoints
    {
        private int _seen;

        public TaskCompletionSource Paused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Resume { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task ReachedAsync(MigrationStep reached, string hash, CancellationToken ct)
        {
            if (reached == step && ++_seen == occurrence)
            {
                Paused.SetResult();
                await Resume.Task.WaitAsync(ct);
            }
        }
    }

    private sealed class CrashAt(MigrationStep step, int occurrence) : MigrationCheckpoints
    {
        private int _seen;

        public override Task ReachedAsync(MigrationStep reached, string hash, CancellationToken ct) =>
            reached == step && ++_seen == occurrence ? throw new SimulatedCrash() : Task.CompletedTask;
    }
}
