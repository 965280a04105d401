using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace VideoPlatform.Infrastructure.Persistence.Schema;

/// <summary>
/// Brings a database to what this version needs without touching rows: creates missing tables, adds
/// missing columns, switches to WAL. EnsureCreated would do nothing on a database that already has any
/// table (the old services' files), and migrations would want to own tables the old services created.
/// </summary>
internal sealed class SchemaBootstrapper(ILogger<SchemaBootstrapper> logger)
{
    public async Task ApplyAsync(DbContext db, IReadOnlyList<TableSchema> tables, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // WAL lets readers run while a writer commits; the setting is stored in the file.
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", ct);
            foreach (var table in tables)
            {
                var existing = await ColumnsOfAsync(connection, table.Name, ct);
                if (existing.Count == 0)
                {
                    logger.LogInformation("Creating table {Table} in {Database}", table.Name, connection.DataSource);
                    await ExecuteAsync(connection, table.CreateSql, ct);
                    foreach (var index in table.IndexSql)
                    {
                        await ExecuteAsync(connection, index, ct);
                    }

                    continue;
                }

                foreach (var (column, definition) in table.Columns.Where(c => !existing.Contains(c.Column)))
                {
                    logger.LogInformation("Adding column {Table}.{Column} to {Database}", table.Name, column, connection.DataSource);
                    await ExecuteAsync(connection, $"ALTER TABLE {table.Name} ADD COLUMN {column} {definition};", ct);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<HashSet<string>> ColumnsOfAsync(DbConnection connection, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
