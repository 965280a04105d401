using Microsoft.Data.Sqlite;

namespace VideoPlatform.Infrastructure.Persistence;

internal static class SqliteConnectionStrings
{
    /// <summary>
    /// Foreign keys on (SQLite leaves them off per connection), a busy timeout so concurrent writers wait
    /// instead of failing with SQLITE_BUSY, and the folder of the file created so a fresh clone just runs.
    /// </summary>
    public static string Prepare(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            Pooling = true,
            // Microsoft.Data.Sqlite retries SQLITE_BUSY until the command timeout (default 30 s) has
            // passed; that is the busy timeout, kept unless the connection string sets one.
        };
        var file = builder.DataSource;
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return builder.ToString();
    }
}
