namespace VideoPlatform.Infrastructure.Persistence.Schema;

/// <summary>
/// What this version needs of one table: how to create it when it is missing, and which columns to add
/// (nullable or with a default, so existing rows stay valid) when an older table lacks them.
/// </summary>
internal sealed record TableSchema(string Name, string CreateSql, IReadOnlyList<(string Column, string Definition)> Columns)
{
    public IReadOnlyList<string> IndexSql { get; init; } = [];
}

/// <summary>The tables this service owns or adopts, per database, in the old services' shapes.</summary>
internal static class Tables
{
    // Shared by course_videos and videos: the seed's DDL, column for column.
    private static readonly (string, string)[] VideoColumns =
    [
        ("hash", "TEXT"), ("filename", "TEXT"), ("title", "TEXT"), ("description", "TEXT"), ("category", "TEXT"),
        ("status", "TEXT"), ("thumbnail_filename", "TEXT"), ("original_resolution", "TEXT"),
        ("original_quality_label", "TEXT"), ("stopped", "INTEGER DEFAULT 0"),
        ("transcoding_status", "TEXT DEFAULT 'pending'"), ("created_at", "DATETIME"), ("scheduled_at", "TEXT"),
    ];

    public static readonly TableSchema Courses = new("courses", """
        CREATE TABLE courses (
            id INTEGER NOT NULL PRIMARY KEY,
            title VARCHAR NOT NULL,
            subtitle VARCHAR, description TEXT, category VARCHAR, subcategory VARCHAR,
            level VARCHAR, language VARCHAR, price FLOAT, currency VARCHAR, status VARCHAR,
            thumbnail_url VARCHAR, promo_video_id VARCHAR,
            created_at DATETIME, updated_at DATETIME
        )
        """,
        [
            ("subtitle", "VARCHAR"), ("description", "TEXT"), ("category", "VARCHAR"), ("subcategory", "VARCHAR"),
            ("level", "VARCHAR"), ("language", "VARCHAR"), ("price", "FLOAT"), ("currency", "VARCHAR"),
            ("status", "VARCHAR"), ("thumbnail_url", "VARCHAR"), ("promo_video_id", "VARCHAR"),
            ("created_at", "DATETIME"), ("updated_at", "DATETIME"),
        ]);

    public static readonly TableSchema CourseVideos = new("course_videos", """
        CREATE TABLE course_videos (
            id INTEGER PRIMARY KEY,
            hash TEXT UNIQUE NOT NULL,
            filename TEXT, title TEXT, description TEXT, category TEXT, status TEXT,
            thumbnail_filename TEXT, original_resolution TEXT, original_quality_label TEXT,
            stopped INTEGER DEFAULT 0,
            transcoding_status TEXT DEFAULT 'pending',
            created_at DATETIME,
            scheduled_at TEXT,
            course_id INTEGER NOT NULL,
            FOREIGN KEY (course_id) REFERENCES courses(id) ON DELETE CASCADE
        )
        """, VideoColumns)
    {
        IndexSql =
        [
            "CREATE INDEX IF NOT EXISTS ix_course_videos_course_id ON course_videos (course_id)",
            "CREATE INDEX IF NOT EXISTS ix_course_videos_created_at ON course_videos (created_at, id)",
        ],
    };

    public static readonly TableSchema Videos = new("videos", """
        CREATE TABLE videos (
            id INTEGER PRIMARY KEY,
            hash TEXT UNIQUE NOT NULL,
            filename TEXT, title TEXT, description TEXT, category TEXT, status TEXT,
            thumbnail_filename TEXT, original_resolution TEXT, original_quality_label TEXT,
            stopped INTEGER DEFAULT 0,
            transcoding_status TEXT DEFAULT 'pending',
            created_at DATETIME,
            scheduled_at TEXT,
            course_id INTEGER
        )
        """, [.. VideoColumns, ("course_id", "INTEGER")])
    {
        IndexSql =
        [
            "CREATE INDEX IF NOT EXISTS ix_videos_course_id ON videos (course_id)",
            // Lists are newest first; with this index SQLite reads a page instead of sorting the table.
            "CREATE INDEX IF NOT EXISTS ix_videos_created_at ON videos (created_at, id)",
        ],
    };
}
