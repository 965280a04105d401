using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace VideoPlatform.Infrastructure.Persistence;

public enum DatabaseProvider
{
    /// <summary>Two database files on this machine (the default, and the old services' format).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several instances and larger sites.</summary>
    PostgreSQL,
}

/// <summary>The <c>Database</c> section: which provider both databases use.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

/// <summary>The one place a provider is chosen; everything above Infrastructure is the same on both.</summary>
public static class Databases
{
    /// <summary>The connection string as the provider is given it; SQLite's gains its settings and its folder.</summary>
    public static string Prepare(DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.Sqlite ? SqliteConnectionStrings.Prepare(connectionString) : connectionString;

    /// <summary>Uses a connection string made by <see cref="Prepare"/>.</summary>
    public static void Use(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString);
                break;
            case DatabaseProvider.PostgreSQL:
                options.UseNpgsql(connectionString);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Database:Provider is Sqlite or PostgreSQL.");
        }

        // One process can hold a context type on both providers (copy-database), so their models are kept apart.
        options.ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKeyFactory>();
    }

    /// <summary>The connection string for <paramref name="name"/>; SQLite has a default file, PostgreSQL needs one given.</summary>
    public static string ConnectionString(IConfiguration configuration, DatabaseProvider provider, string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } configured
            ? configured
            : provider == DatabaseProvider.Sqlite
                ? $"Data Source=data/{name.ToLowerInvariant()}.db"
                : throw new InvalidOperationException(
                    $"Database:Provider is PostgreSQL but ConnectionStrings:{name} is not set; give it, e.g. \"Host=db;Database=videoplatform;Username=app;Password=…;Search Path={name.ToLowerInvariant()}\".");

    /// <summary>Where the context's provider orders NULL: SQLite as the smallest value, PostgreSQL as the largest.</summary>
    internal static Application.Querying.NullsSortAs NullsSortAs(this DbContext db) =>
        db.Database.IsNpgsql() ? Application.Querying.NullsSortAs.Largest : Application.Querying.NullsSortAs.Smallest;

    private sealed class ProviderModelCacheKeyFactory : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
    }
}
