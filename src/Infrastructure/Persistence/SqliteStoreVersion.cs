using Microsoft.Data.Sqlite;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>
/// SQLite's own change counter (<c>PRAGMA data_version</c>) for both files, each read on a connection of its
/// own that never writes. SQLite changes it whenever another connection commits, in this process or in
/// another one, so every writer is seen, and reading it costs a few microseconds.
/// </summary>
internal sealed class SqliteStoreVersion(Func<string> courses, Func<string> videos) : IStoreVersion, IDisposable
{
    private readonly Lock gate = new();
    private readonly Watch coursesWatch = new(courses), videosWatch = new(videos);
    private long lastCourses = -1, lastVideos = -1, version;

    public long? Current()
    {
        lock (gate)
        {
            if (coursesWatch.Read() is not { } c || videosWatch.Read() is not { } v)
            {
                return null;
            }

            // Counters restart when a watch reopens; the version handed out only ever moves forward.
            if (c != lastCourses || v != lastVideos)
            {
                (lastCourses, lastVideos) = (c, v);
                version++;
            }

            return version;
        }
    }

    public void Dispose()
    {
        coursesWatch.Dispose();
        videosWatch.Dispose();
    }

    private sealed class Watch(Func<string> connectionString) : IDisposable
    {
        private SqliteConnection? connection;
        private SqliteCommand? command;

        /// <summary>The counter, or null (and a fresh connection next time) when the file cannot be read.</summary>
        public long? Read()
        {
            try
            {
                if (command is null)
                {
                    // Its own connection, out of the pool: the counter is per connection, and this one must live.
                    connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString()) { Pooling = false }.ToString());
                    connection.Open();
                    command = connection.CreateCommand();
                    command.CommandText = "PRAGMA data_version";
                    command.Prepare();
                }

                return (long)command.ExecuteScalar()!;
            }
            catch (SqliteException)
            {
                Dispose();
                return null;
            }
        }

        public void Dispose()
        {
            command?.Dispose();
            connection?.Dispose();
            (command, connection) = (null, null);
        }
    }
}

/// <summary>A store whose other writers cannot be watched cheaply (PostgreSQL, with several instances): nothing is cached.</summary>
internal sealed class UnwatchedStoreVersion : IStoreVersion
{
    public long? Current() => null;
}
