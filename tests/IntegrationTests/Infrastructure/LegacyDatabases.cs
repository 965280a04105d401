using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.Infrastructure.Persistence.Copy;
using VideoPlatform.Infrastructure.Persistence.Courses;
using VideoPlatform.Infrastructure.Persistence.Videos;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Database files shaped like the old Python services' (SQLAlchemy's DDL and its datetime text), built
/// with plain SQL so the tests adopt files this code base never wrote.
/// </summary>
public static class LegacyDatabases
{
    public const string VideosDdl = """
        CREATE TABLE videos (
        	id INTEGER NOT NULL, 
        	hash VARCHAR NOT NULL, 
        	filename VARCHAR, 
        	title VARCHAR, 
        	description TEXT, 
        	category VARCHAR, 
        	status VARCHAR, 
        	thumbnail_filename VARCHAR, 
        	original_resolution VARCHAR, 
        	original_quality_label VARCHAR, 
        	stopped INTEGER DEFAULT 0, 
        	transcoding_status VARCHAR DEFAULT 'pending', 
        	created_at DATETIME, 
        	scheduled_at VARCHAR, 
        	course_id INTEGER, 
        	PRIMARY KEY (id)
        );
        CREATE UNIQUE INDEX ix_videos_hash ON videos (hash);
        CREATE INDEX ix_videos_id ON videos (id);
        CREATE TABLE categories (
        	id INTEGER NOT NULL, 
        	name VARCHAR, 
        	description TEXT, 
        	created_at DATETIME, 
        	PRIMARY KEY (id), 
        	UNIQUE (name)
        );
        """;

    public const string CoursesDdl = """
        CREATE TABLE courses (
        	id INTEGER NOT NULL, 
        	title VARCHAR NOT NULL, 
        	subtitle VARCHAR, 
        	description TEXT, 
        	category VARCHAR, 
        	subcategory VARCHAR, 
        	level VARCHAR, 
        	language VARCHAR, 
        	price FLOAT, 
        	currency VARCHAR, 
        	status VARCHAR, 
        	thumbnail_url VARCHAR, 
        	promo_video_id VARCHAR, 
        	created_at DATETIME, 
        	updated_at DATETIME, 
        	PRIMARY KEY (id)
        );
        CREATE TABLE sections (
        	id INTEGER NOT NULL, 
        	course_id INTEGER NOT NULL, 
        	title VARCHAR NOT NULL, 
        	"order" INTEGER NOT NULL, 
        	learning_objectives JSON, 
        	PRIMARY KEY (id), 
        	FOREIGN KEY(course_id) REFERENCES courses (id)
        );
        CREATE TABLE lessons (
        	id INTEGER NOT NULL, 
        	section_id INTEGER NOT NULL, 
        	title VARCHAR NOT NULL, 
        	description TEXT, 
        	type VARCHAR NOT NULL, 
        	video_id VARCHAR, 
        	duration INTEGER, 
        	"order" INTEGER NOT NULL, 
        	resources JSON, 
        	downloadable BOOLEAN, 
        	PRIMARY KEY (id), 
        	FOREIGN KEY(section_id) REFERENCES sections (id)
        );
        """;

    /// <summary>An old videos.db: two admin videos and two course videos (course 1, course 2), one orphan (course 99), two categories.</summary>
    public static void CreateVideosDb(string path)
    {
        TestDb.Execute(path, VideosDdl);
        TestDb.Execute(path, """
            INSERT INTO videos (id, hash, filename, title, description, category, status, thumbnail_filename,
                original_resolution, original_quality_label, stopped, transcoding_status, created_at, scheduled_at, course_id)
            VALUES
            (1, 'adminhash1', 'intro.mp4', 'Intro', 'Welcome video', 'general', 'published', 'intro.jpg', '1920x1080', '1080p', 0, 'completed', '2026-11-20 09:00:00.000000', NULL, NULL),
            (2, 'adminhash2', 'promo.mov', 'Promo', NULL, 'uncategorized', 'draft', NULL, NULL, NULL, 1, 'pending', '2026-11-21 10:15:30.123456', NULL, NULL),
            (3, 'legacycourse1', 'lesson1.mp4', 'Lesson 1', 'First lesson', 'uncategorized', 'Scheduled', 'l1.jpg', '1280x720', '720p', 0, 'completed', '2026-11-22 08:30:00.500000', '2026-12-01T10:00:00', 1),
            (4, 'legacycourse2', 'lesson2.mp4', 'Lesson 2', NULL, 'uncategorized', 'draft', NULL, NULL, NULL, 0, 'transcoding', '2026-11-22 08:31:00.000001', NULL, 2),
            (5, 'legacyorphan', 'lost.mp4', 'Lost', NULL, 'uncategorized', 'draft', NULL, NULL, NULL, 0, 'failed', '2026-11-22 09:00:00.000000', NULL, 99);
            INSERT INTO categories (id, name, description, created_at) VALUES
            (1, 'Programming', 'Code and tools', '2026-10-01 08:00:00.000000'),
            (2, 'Data', NULL, '2026-10-02 08:00:00.000000');
            """);
    }

    /// <summary>An old courses.db: courses 1 and 2 with sections and lessons (some columns NULL, as old rows have them), and no course_videos table.</summary>
    public static void CreateCoursesDb(string path)
    {
        TestDb.Execute(path, CoursesDdl);
        TestDb.Execute(path, """
            INSERT INTO courses (id, title, subtitle, description, category, subcategory, level, language, price,
                currency, status, thumbnail_url, promo_video_id, created_at, updated_at)
            VALUES
            (1, 'Python Basics', 'Start here', 'Learn Python', 'Programming', 'Python', 'Beginner', 'English', 0.0, 'USD', 'published', NULL, NULL, '2026-11-01 12:00:00.000000', '2026-11-02 12:00:00.000000'),
            (2, 'Advanced SQL', NULL, NULL, 'Data', NULL, 'Advanced', 'English', 49.99, 'USD', 'draft', 'https://cdn.example/sql.png', 'legacycourse2', '2026-11-03 12:00:00.250000', NULL);
            INSERT INTO sections (id, course_id, title, "order", learning_objectives) VALUES
            (1, 1, 'Getting started', 1, '["Install Python", "Run a script"]'),
            (2, 2, 'Joins', 1, NULL),
            (3, 1, 'Next steps', 2, '[]');
            INSERT INTO lessons (id, section_id, title, description, type, video_id, duration, "order", resources, downloadable) VALUES
            (1, 1, 'Hello', 'The first program', 'video', 'legacycourse1', 300, 1, '[{"title": "Slides", "url": "https://cdn.example/s.pdf"}]', 1),
            (2, 2, 'Inner joins', NULL, 'video', 'legacycourse2', NULL, 1, NULL, 0),
            (3, 1, 'Quiz', 'Check yourself', 'quiz', NULL, NULL, 2, '[]', NULL);
            """);
    }

    /// <summary>Writes the old files in a folder of the test's own and copies them into its PostgreSQL databases.</summary>
    public static void CopyIntoPostgres(TestFolder folder, ApiFactory factory)
    {
        var legacy = Path.Combine(folder.Root, "legacy");
        Directory.CreateDirectory(legacy);
        CreateVideosDb(Path.Combine(legacy, "videos.db"));
        CreateCoursesDb(Path.Combine(legacy, "courses.db"));
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var report = services.GetRequiredService<DatabaseCopier>().CopyFromSqliteAsync(legacy,
            services.GetRequiredService<CoursesDbContext>(), services.GetRequiredService<VideosDbContext>(), CancellationToken.None).GetAwaiter().GetResult();
        Assert.False(report.HasConflicts, string.Join("\n", report.Conflicts));
    }
}
