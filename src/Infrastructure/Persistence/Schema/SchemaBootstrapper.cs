using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.Logging;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Infrastructure.Persistence.Schema;

/// <summary>
/// Brings a database to what the EF model needs without touching rows: creates missing tables (with their
/// indexes) and adds missing columns (nullable unless they have a default, so existing rows stay valid).
/// The model is the one description of the schema; the provider's own migration SQL generator writes the
/// DDL. EnsureCreated would do nothing on a database that already has any table (the old services' files),
/// and migrations would want to own tables the old services created. Tables this service adopts get no
/// indexes added.
/// </summary>
internal sealed class SchemaBootstrapper(ILogger<SchemaBootstrapper> logger)
{
    private static readonly System.Reflection.MethodInfo FillSchedules = typeof(ScheduleBackfill).GetMethod(nameof(ScheduleBackfill.FillAsync))!;

    public async Task ApplyAsync(DbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await PostgreSql.EnsureDatabaseAsync(db, logger, ct);
        }

        await db.Database.OpenConnectionAsync(ct);
        var locked = false;
        try
        {
            var connection = db.Database.GetDbConnection();
            if (db.Database.IsSqlite())
            {
                // WAL lets readers run while a writer commits; the setting is stored in the file.
                await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", ct);
            }
            else if (db.Database.IsNpgsql())
            {
                // Instances starting together on an empty database take turns, so a table is created once.
                await ExecuteAsync(connection, $"SELECT pg_advisory_lock({PostgreSql.SchemaLock});", ct);
                locked = true;
                await PostgreSql.EnsureSchemaAsync(connection, logger, ct);
            }

            var operations = await MissingAsync(db, connection, ct);
            foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(operations, db.Model))
            {
                await ExecuteAsync(connection, command.CommandText, ct);
            }
        }
        finally
        {
            if (locked)
            {
                // Session locks outlive a pooled connection's close: let go explicitly.
                await ExecuteAsync(db.Database.GetDbConnection(), $"SELECT pg_advisory_unlock({PostgreSql.SchemaLock});", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }

        // Columns derived from others are filled where another writer (or an older version) left them empty.
        foreach (var videos in db.Model.GetEntityTypes().Where(e => typeof(VideoMetadata).IsAssignableFrom(e.ClrType)))
        {
            await (Task)FillSchedules.MakeGenericMethod(videos.ClrType).Invoke(null, [db, ct])!;
        }
    }

    private async Task<List<MigrationOperation>> MissingAsync(DbContext db, DbConnection connection, CancellationToken ct)
    {
        var target = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var wanted = db.GetService<IMigrationsModelDiffer>().GetDifferences(null, target);
        var created = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var missing = new List<MigrationOperation>();
        foreach (var operation in wanted)
        {
            switch (operation)
            {
                case CreateTableOperation table:
                    var existing = await ColumnsOfAsync(db, connection, table.Name, ct);
                    if (existing.Count == 0)
                    {
                        logger.LogInformation("Creating table {Table} in {Database}", table.Name, connection.DataSource);
                        created.Add(table.Name);
                        missing.Add(table);
                        break;
                    }

                    foreach (var column in table.Columns.Where(c => !existing.Contains(c.Name)))
                    {
                        logger.LogInformation("Adding column {Table}.{Column} to {Database}", table.Name, column.Name, connection.DataSource);
                        column.Table = table.Name;
                        column.Schema = table.Schema;
                        column.IsNullable |= column.DefaultValue is null && column.DefaultValueSql is null;
                        missing.Add(column);
                    }

                    break;
                case CreateIndexOperation index when created.Contains(index.Table):
                    missing.Add(index);
                    break;
                case EnsureSchemaOperation schema:
                    missing.Add(schema);
                    break;
            }
        }

        return missing;
    }

    private static async Task<HashSet<string>> ColumnsOfAsync(DbContext db, DbConnection connection, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = db.Database.IsSqlite()
            ? "SELECT name FROM pragma_table_info(@table)"
            : "SELECT column_name FROM information_schema.columns WHERE table_name = @table AND table_schema = current_schema()";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@table";
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

    internal static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
