using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Metadata;

/// <summary>Pointed at the old services' files, the service adopts them without changing a row.</summary>
public sealed class ExistingDatabaseTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SqliteOnlyFact]
    public async Task Old_files_are_served_extended_with_course_videos_and_their_rows_are_unchanged()
    {
        LegacyDatabases.CreateVideosDb(_folder.VideosDb);
        LegacyDatabases.CreateCoursesDb(_folder.CoursesDb);
        var before = Snapshot();
        var oldVideoColumns = TestDb.Columns(_folder.VideosDb, "videos");
        Assert.False(TestDb.TableExists(_folder.CoursesDb, "course_videos"));

        using (var factory = new ApiFactory(_folder))
        {
            using var client = factory.CreateClient();

            var admin = await client.GetJsonAsync("/videos/adminhash2");
            Assert.Equal("Promo", (string?)admin["title"]);
            Assert.Equal(1, (int)admin["stopped"]!);
            Assert.Equal("2026-11-21T10:15:30.123456", (string?)admin["created_at"]);
            Assert.Equal(5, (int)(await client.GetJsonAsync("/videos"))["total"]!);

            var course = await client.GetJsonAsync("/api/courses/2");
            Assert.Equal("Advanced SQL", (string?)course["title"]);
            Assert.Equal(49.99, (double)course["price"]!);

            var lessons = (await client.GetJsonAsync("/videos/course/1"))["videos"]!.AsArray();
            Assert.Equal("legacycourse1", (string?)Assert.Single(lessons)!["hash"]);
        }

        Assert.True(TestDb.TableExists(_folder.CoursesDb, "course_videos"));
        Assert.Equal(before, Snapshot());
        Assert.Contains("duration_seconds", TestDb.Columns(_folder.VideosDb, "videos").Except(oldVideoColumns));
    }

    [SqliteOnlyFact]
    public async Task Adopted_files_take_new_rows_in_the_right_database()
    {
        LegacyDatabases.CreateVideosDb(_folder.VideosDb);
        LegacyDatabases.CreateCoursesDb(_folder.CoursesDb);
        using var factory = new ApiFactory(_folder);
        using var client = factory.CreateClient();

        (await client.PostJsonAsync("/course-videos", new { hash = "fresh", filename = "f.mp4", course_id = 1 })).EnsureSuccessStatusCode();
        (await client.PostJsonAsync("/videos", new { hash = "freshadmin", filename = "g.mp4" })).EnsureSuccessStatusCode();

        Assert.Equal(1, TestDb.Count(_folder.CoursesDb, "course_videos", "hash = 'fresh'"));
        Assert.Equal(1, TestDb.Count(_folder.VideosDb, "videos", "hash = 'freshadmin'"));
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$",
            (string)TestDb.Scalar(_folder.VideosDb, "SELECT created_at FROM videos WHERE hash='freshadmin'")!);
        Assert.Equal(2, (int)(await client.GetJsonAsync("/videos/course/1"))["videos"]!.AsArray().Count);
    }

    [SqliteOnlyFact]
    public async Task A_course_videos_table_the_old_service_created_without_cascade_still_lets_a_course_go()
    {
        LegacyDatabases.CreateCoursesDb(_folder.CoursesDb);
        TestDb.Execute(_folder.CoursesDb, """
            CREATE TABLE course_videos (
                id INTEGER PRIMARY KEY, hash TEXT UNIQUE NOT NULL, filename TEXT, title TEXT, description TEXT,
                category TEXT, status TEXT, thumbnail_filename TEXT, original_resolution TEXT,
                original_quality_label TEXT, stopped INTEGER DEFAULT 0, transcoding_status TEXT DEFAULT 'pending',
                created_at DATETIME, scheduled_at TEXT, course_id INTEGER NOT NULL,
                FOREIGN KEY (course_id) REFERENCES courses(id));
            INSERT INTO course_videos (hash, filename, created_at, course_id) VALUES ('c1', 'a.mp4', '2026-11-01 00:00:00.000000', 1);
            DELETE FROM lessons; DELETE FROM sections;
            """);
        using var factory = new ApiFactory(_folder);
        using var client = factory.CreateClient();

        (await client.DeleteAsync("/api/courses/1")).EnsureSuccessStatusCode();

        Assert.Equal(0, TestDb.Count(_folder.CoursesDb, "course_videos"));
        Assert.Equal(0, TestDb.Count(_folder.CoursesDb, "courses", "id = 1"));
    }

    private readonly Dictionary<string, IReadOnlyList<string>> _oldColumns = [];

    /// <summary>Every row of the old tables in the columns they had before the service started: columns the
    /// service adds (nullable, or with a default) are new, and must leave every old value as it was.</summary>
    private string Snapshot() => string.Join("\n",
        Dump(_folder.VideosDb, "videos")
            .Concat(Dump(_folder.CoursesDb, "courses"))
            .Concat(Dump(_folder.CoursesDb, "sections"))
            .Concat(Dump(_folder.CoursesDb, "lessons")));

    private IReadOnlyList<string> Dump(string path, string table)
    {
        if (!_oldColumns.TryGetValue(table, out var columns))
        {
            _oldColumns[table] = columns = TestDb.Columns(path, table);
        }

        return TestDb.Dump(path, table, columns);
    }
}
