using Microsoft.Data.Sqlite;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>Reads and writes a database file directly, the way an operator with sqlite3 would look at it.</summary>
public static class SqliteFile
{
    public static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long Count(string path, string table, string where = "1=1") =>
        (long)Scalar(path, $"SELECT count(*) FROM {table} WHERE {where}")!;

    public static object? Scalar(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static bool TableExists(string path, string table) =>
        (long)Scalar(path, $"SELECT count(*) FROM sqlite_master WHERE type='table' AND name='{table}'")! == 1;

    /// <summary>Every row of a table, every column (or the given ones) as stored (type and text), ordered by rowid.</summary>
    public static IReadOnlyList<string> Dump(string path, string table, IReadOnlyList<string>? columns = null)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        var selected = columns is null ? "*" : string.Join(", ", columns.Select(c => $"\"{c}\""));
        command.CommandText = table.StartsWith('(') ? $"SELECT {selected} FROM {table}" : $"SELECT {selected} FROM {table} ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : $"{reader.GetFieldType(i).Name}:{reader.GetValue(i)}")}")));
        }

        return rows;
    }

    public static IReadOnlyList<string> Columns(string path, string table)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static SqliteConnection Open(string path)
    {
        // Pooling off: tests delete these files, and a pooled handle would keep them open.
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }
}
