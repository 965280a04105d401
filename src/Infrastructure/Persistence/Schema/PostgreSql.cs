using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace VideoPlatform.Infrastructure.Persistence.Schema;

/// <summary>What a first start needs on a PostgreSQL server: the database, and the schema its search path names.</summary>
internal static class PostgreSql
{
    /// <summary>An advisory lock id of this service's own (any 64-bit number no other tool uses for the same database).</summary>
    public const long SchemaLock = 0x5650_5343_4845_4D41; // "VPSCHEMA"

    private const string DuplicateDatabase = "42P04";

    public static async Task EnsureDatabaseAsync(DbContext db, ILogger logger, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct))
        {
            return;
        }

        logger.LogInformation("Creating database {Database}", db.Database.GetDbConnection().Database);
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == DuplicateDatabase)
        {
            // Another instance created it a moment ago.
        }
    }

    /// <summary>Courses and videos may live in two schemas of one database (<c>Search Path=courses</c>): the first one named is created.</summary>
    public static async Task EnsureSchemaAsync(DbConnection connection, ILogger logger, CancellationToken ct)
    {
        var schema = new NpgsqlConnectionStringBuilder(connection.ConnectionString).SearchPath?.Split(',')[0].Trim().Trim('"');
        if (string.IsNullOrEmpty(schema) || schema == "public")
        {
            return;
        }

        logger.LogDebug("Ensuring schema {Schema}", schema);
        await SchemaBootstrapper.ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS \"{schema.Replace("\"", "\"\"")}\";", ct);
    }

    /// <summary>After rows were written with their ids, each table's identity continues above the highest one.</summary>
    public static async Task ContinueIdentitiesAsync(DbContext db, CancellationToken ct)
    {
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            var key = entity.FindPrimaryKey()?.Properties.SingleOrDefault();
            if (table is null || key is not { ClrType: var type } || type != typeof(int))
            {
                continue;
            }

            var column = key.GetColumnName();
            // Names from the model, not from a request.
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE(MAX(\"{column}\"), 1), MAX(\"{column}\") IS NOT NULL) FROM \"{table}\"";
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }
}
