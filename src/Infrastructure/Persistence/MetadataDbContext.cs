using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>
/// What both databases share: a column is its property's name in snake_case (the old services' names),
/// so a new property is a new column with no mapping line, and on SQLite timestamps are stored as the
/// old services' text.
/// </summary>
public abstract class MetadataDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTime>().HaveConversion<SqlAlchemyDateTimeConverter>();
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
