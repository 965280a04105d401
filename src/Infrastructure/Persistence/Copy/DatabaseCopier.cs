using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using VideoPlatform.Infrastructure.Persistence.Courses;
using VideoPlatform.Infrastructure.Persistence.Schema;
using VideoPlatform.Infrastructure.Persistence.Videos;

namespace VideoPlatform.Infrastructure.Persistence.Copy;

/// <summary>What a copy did, table by table, and the rows it would not overwrite.</summary>
public sealed record CopyReport(IReadOnlyList<TableCopy> Tables, IReadOnlyList<string> Conflicts)
{
    public bool HasConflicts => Conflicts.Count > 0;
}

public sealed record TableCopy(string Database, string Table, int Copied, int AlreadyPresent, int Conflicts);

/// <summary>
/// Copies every row of both databases from one place to another (the SQLite files into PostgreSQL, when a
/// site outgrows one machine), keeping ids, hashes and timestamps. A row whose id is already in the target
/// with the same values is left alone, so running it again is safe; one with other values is not
/// overwritten but reported, with the columns that differ. Parents are copied before children.
/// </summary>
public sealed class DatabaseCopier(ILogger<DatabaseCopier> logger)
{
    private const int Batch = 1000;
    private const int MaxReportedConflicts = 1000;

    /// <summary>Copies courses.db and videos.db at <paramref name="sqliteFolder"/> into the given (configured) contexts.</summary>
    public async Task<CopyReport> CopyFromSqliteAsync(string sqliteFolder, CoursesDbContext courses, VideosDbContext videos, CancellationToken ct)
    {
        var tables = new List<TableCopy>();
        var conflicts = new List<string>();
        await using (var source = Open<CoursesDbContext>(Path.Combine(sqliteFolder, "courses.db"), o => new CoursesDbContext(o)))
        {
            await CopyAsync(source, courses, "courses", tables, conflicts, ct);
        }

        await using (var source = Open<VideosDbContext>(Path.Combine(sqliteFolder, "videos.db"), o => new VideosDbContext(o)))
        {
            await CopyAsync(source, videos, "videos", tables, conflicts, ct);
        }

        return new CopyReport(tables, conflicts);
    }

    private static TContext Open<TContext>(string file, Func<DbContextOptions<TContext>, TContext> create) where TContext : DbContext
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"There is no {Path.GetFileName(file)} to copy from at {Path.GetDirectoryName(Path.GetFullPath(file))}.", file);
        }

        var options = new DbContextOptionsBuilder<TContext>();
        options.Use(DatabaseProvider.Sqlite, Databases.Prepare(DatabaseProvider.Sqlite, $"Data Source={file}"));
        return create(options.Options);
    }

    private async Task CopyAsync(DbContext source, DbContext target, string database, List<TableCopy> tables, List<string> conflicts, CancellationToken ct)
    {
        // The source is read as this version reads it: an old file gets the tables and columns it lacks (as the service would add them).
        await new SchemaBootstrapper(Microsoft.Extensions.Logging.Abstractions.NullLogger<SchemaBootstrapper>.Instance).ApplyAsync(source, ct);
        foreach (var entity in ParentsFirst(target.Model))
        {
            var copy = (Task<TableCopy>)typeof(DatabaseCopier).GetMethod(nameof(CopyTableAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(entity.ClrType).Invoke(this, [source, target, database, entity, conflicts, ct])!;
            var done = await copy;
            logger.LogInformation("{Database}.{Table}: {Copied} copied, {Present} already there, {Conflicts} different", database, done.Table, done.Copied, done.AlreadyPresent, done.Conflicts);
            tables.Add(done);
        }

        if (target.Database.IsNpgsql())
        {
            await PostgreSql.ContinueIdentitiesAsync(target, ct);
        }
    }

    private async Task<TableCopy> CopyTableAsync<T>(DbContext source, DbContext target, string database, IEntityType entity, List<string> conflicts, CancellationToken ct)
        where T : class
    {
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var table = entity.GetTableName()!;
        var properties = entity.GetProperties().ToList();
        var withDefaults = properties.Where(p => p.GetDefaultValue() is not null || p.GetDefaultValueSql() is not null).ToList();
        var (copied, present, different) = (0, 0, 0);
        var lastId = int.MinValue;
        while (true)
        {
            var after = lastId;
            var rows = await source.Set<T>().AsNoTracking()
                .Where(e => EF.Property<int>(e, key.Name) > after).OrderBy(e => EF.Property<int>(e, key.Name)).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0)
            {
                break;
            }

            var ids = rows.Select(r => (int)key.GetGetter().GetClrValue(r)!).ToList();
            lastId = ids[^1];
            var existing = (await target.Set<T>().AsNoTracking().Where(ById<T>(key.Name, ids)).ToListAsync(ct))
                .ToDictionary(r => (int)key.GetGetter().GetClrValue(r)!);
            var nulls = new List<(IProperty Property, int Id)>();
            foreach (var row in rows)
            {
                var id = (int)key.GetGetter().GetClrValue(row)!;
                if (!existing.TryGetValue(id, out var there))
                {
                    target.Add(row);
                    nulls.AddRange(withDefaults.Where(p => p.GetGetter().GetClrValue(row) is null).Select(p => (p, id)));
                    copied++;
                    continue;
                }

                var differing = properties.Where(p => !p.GetValueComparer().Equals(p.GetGetter().GetClrValue(row), p.GetGetter().GetClrValue(there))).ToList();
                if (differing.Count == 0)
                {
                    present++;
                    continue;
                }

                different++;
                if (conflicts.Count < MaxReportedConflicts)
                {
                    conflicts.Add($"{database}.{table} id {id}: {string.Join(", ", differing.Select(p => Describe(p, row, there)))}; left as it is in the target");
                }
            }

            await using (var transaction = await target.Database.BeginTransactionAsync(ct))
            {
                await target.SaveChangesAsync(ct);
                await RestoreNullsAsync(target, table, key, nulls, ct);
                await transaction.CommitAsync(ct);
            }

            target.ChangeTracker.Clear();
        }

        return new TableCopy(database, table, copied, present, different);
    }

    /// <summary>
    /// EF Core leaves a column with a default out of the INSERT when its value is null, so the database writes
    /// its default; a copy keeps the old file's NULL (which reads the same) instead of inventing a value, so
    /// a second run finds the row equal.
    /// </summary>
    private static async Task RestoreNullsAsync(DbContext target, string table, IProperty key, List<(IProperty Property, int Id)> nulls, CancellationToken ct)
    {
        var sql = target.GetService<ISqlGenerationHelper>();
        foreach (var column in nulls.GroupBy(n => n.Property))
        {
            foreach (var ids in column.Select(n => n.Id).Chunk(Batch))
            {
                // Ids are integers read from the source, written as literals; names come from the model.
                await target.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture,
                    $"UPDATE {sql.DelimitIdentifier(table)} SET {sql.DelimitIdentifier(column.Key.GetColumnName())} = NULL WHERE {sql.DelimitIdentifier(key.GetColumnName())} IN ({string.Join(",", ids)})"), ct);
            }
        }
    }

    private static string Describe(IProperty property, object source, object target) => string.Create(CultureInfo.InvariantCulture,
        $"{property.GetColumnName()} is {Show(property.GetGetter().GetClrValue(source))} here and {Show(property.GetGetter().GetClrValue(target))} there");

    private static string Show(object? value)
    {
        var text = value switch
        {
            null => "null",
            DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            System.Collections.IEnumerable list and not string => $"[{string.Join(", ", list.Cast<object?>())}]",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
        return text.Length > 60 ? $"'{text[..57]}…'" : $"'{text}'";
    }

    private static Expression<Func<T, bool>> ById<T>(string key, List<int> ids) where T : class => e => ids.Contains(EF.Property<int>(e, key));

    /// <summary>Entity types ordered so that every foreign key's principal comes before its dependents.</summary>
    private static IReadOnlyList<IEntityType> ParentsFirst(IModel model)
    {
        var ordered = new List<IEntityType>();
        var pending = model.GetEntityTypes().Where(e => !e.IsOwned()).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.First(e => e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || ordered.Contains(fk.PrincipalEntityType)));
            ordered.Add(ready);
            pending.Remove(ready);
        }

        return ordered;
    }
}
