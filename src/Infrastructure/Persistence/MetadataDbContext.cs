using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>
/// What both databases share: a column is its property's name in snake_case (the old services' names),
/// so a new property is a new column with no mapping line. Timestamps are UTC: on SQLite stored as the old
/// services' text, on PostgreSQL in <c>timestamp</c> columns.
/// </summary>
public abstract class MetadataDbContext(DbContextOptions options) : DbContext(options), IQuerySources
{
    public IQueryable<TEntity> Rows<TEntity>() where TEntity : class => Set<TEntity>().AsNoTracking();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTime>().HaveConversion<SqlAlchemyDateTimeConverter>();
        }
        else if (Database.IsNpgsql())
        {
            configurationBuilder.Properties<DateTime>().HaveConversion<UtcTimestampConverter>().HaveColumnType("timestamp without time zone");
        }
    }

    /// <summary>
    /// Saves a client's change whatever a media worker did meanwhile: a video's claim is a concurrency
    /// token (a worker's save must fail once its claim is gone), but a client's edit, which never touches
    /// the claim, must not fail because a worker claimed or let go of the video since it was read.
    /// </summary>
    public async Task<int> SaveClientChangesAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException e) when (attempt < 5)
            {
                foreach (var entry in e.Entries)
                {
                    if (await entry.GetDatabaseValuesAsync(ct) is { } current)
                    {
                        entry.OriginalValues.SetValues(current);
                    }
                    else
                    {
                        entry.State = EntityState.Detached; // deleted meanwhile: nothing left to change
                    }
                }
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            property.SetColumnName(JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name));
        }
    }
}
