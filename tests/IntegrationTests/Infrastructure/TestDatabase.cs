using Npgsql;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Which provider the suite runs on. SQLite files by default; PostgreSQL when <c>VP_TEST_POSTGRES</c> holds a
/// server's connection string (test.sh starts one and runs the suite again on it). On PostgreSQL each test
/// gets a database of its own, with courses and videos in two schemas of it.
/// </summary>
public static class TestDatabase
{
    public static string? PostgresServer { get; } = Environment.GetEnvironmentVariable("VP_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    public static bool IsPostgres => PostgresServer is not null;

    public static string Provider => IsPostgres ? "PostgreSQL" : "Sqlite";

    public static void Drop(string name)
    {
        using var connection = new NpgsqlConnection($"{PostgresServer};Database=postgres;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}

/// <summary>A test about the SQLite files themselves (the old services' files, a writer holding the file's lock): skipped on PostgreSQL.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "about SQLite files; the suite runs on PostgreSQL";
        }
    }
}

/// <inheritdoc cref="SqliteOnlyFactAttribute"/>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute()
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "about SQLite files; the suite runs on PostgreSQL";
        }
    }
}
