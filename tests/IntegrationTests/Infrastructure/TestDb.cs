using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Reads and writes a test's database directly, the way an operator with sqlite3 or psql would look at it.
/// A database is named as <see cref="TestFolder"/> names it: a file path on SQLite, a connection string on
/// PostgreSQL (when the suite runs there, <see cref="TestDatabase"/>).
/// </summary>
public static class TestDb
{
    public static void Execute(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long Count(string database, string table, string where = "1=1") =>
        Convert.ToInt64(Scalar(database, $"SELECT count(*) FROM {table} WHERE {where}"));

    public static object? Scalar(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        // SQLite answers every integer as a long, PostgreSQL as the column's own width; tests compare longs.
        return command.ExecuteScalar() switch
        {
            int value => (long)value,
            short value => (long)value,
            var value => value,
        };
    }

    public static bool TableExists(string database, string table) => Convert.ToInt64(Scalar(database, IsPostgres(database)
        ? $"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{table}'"
        : $"SELECT count(*) FROM sqlite_master WHERE type='table' AND name='{table}'")) == 1;

    /// <summary>Every row of a table, every column (or the given ones) as stored (type and text), in the order they were written.</summary>
    public static IReadOnlyList<string> Dump(string database, string table, IReadOnlyList<string>? columns = null)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        var selected = columns is null ? "*" : string.Join(", ", columns.Select(c => $"\"{c}\""));
        var order = IsPostgres(database) ? "1" : "rowid";
        command.CommandText = table.StartsWith('(') ? $"SELECT {selected} FROM {table} AS t" : $"SELECT {selected} FROM {table} ORDER BY {order}";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : $"{reader.GetFieldType(i).Name}:{reader.GetValue(i)}")}")));
        }

        return rows;
    }

    public static IReadOnlyList<string> Columns(string database, string table)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = IsPostgres(database)
            ? $"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}' ORDER BY ordinal_position"
            : $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    /// <summary>
    /// Another writer holding <paramref name="table"/> until disposed, as a stuck process would: an exclusive
    /// transaction on SQLite, an exclusive table lock on PostgreSQL.
    /// </summary>
    public static IDisposable HoldExclusive(string database, string table)
    {
        var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = IsPostgres(database) ? $"BEGIN; LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE" : "BEGIN EXCLUSIVE";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>A setting that makes the service give up on a held database after a second instead of thirty.</summary>
    public static string ImpatientConnectionString(string database) =>
        IsPostgres(database) ? $"{database};Command Timeout=1" : $"Data Source={database};Default Timeout=1";

    private static bool IsPostgres(string database) => database.StartsWith("Host=", StringComparison.Ordinal);

    private static DbConnection Open(string database)
    {
        // Pooling off: tests delete these databases, and a pooled connection would keep them open.
        DbConnection connection = IsPostgres(database)
            ? new NpgsqlConnection($"{database};Pooling=False")
            : new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        return connection;
    }
}
