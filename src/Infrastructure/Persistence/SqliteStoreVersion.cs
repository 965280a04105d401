using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>
/// The stores' version from SQLite's own change counter (<c>PRAGMA data_version</c>), which SQLite moves on a
/// connection whenever another connection commits to the file, in this process or in another one, so every
/// writer is seen. It is read on watch connections that never write, a pair per concurrent caller, taken from
/// a bag: a shared one behind a lock queued every read of the site behind it (a third of the throughput and a
/// 100 ms tail under load).
/// </summary>
/// <remarks>
/// Each watch remembers the counters it last saw; one that sees them move moves the shared version on. A
/// request that starts after a commit either sees the move on the watch it took, or takes a watch whose last
/// look, by an earlier request, came after the commit and already moved the version; either way it reads the
/// version after the move, then reads its data after that.
/// </remarks>
internal sealed class SqliteStoreVersion(Func<string> courses, Func<string> videos) : IStoreVersion, IDisposable
{
    /// <summary>Watch pairs at most (two connections each); past it a request is simply not cached.</summary>
    private const int MaxWatches = 64;

    private readonly ConcurrentBag<WatchPair> _idle = [];
    private readonly ConcurrentQueue<WatchPair> _all = new();
    private long _version;
    private int _watches;

    public long? Current()
    {
        if (!_idle.TryTake(out var pair))
        {
            if (Interlocked.Increment(ref _watches) > MaxWatches)
            {
                Interlocked.Decrement(ref _watches);
                return null;
            }

            pair = new WatchPair(new Watch(courses), new Watch(videos));
            _all.Enqueue(pair);
        }

        try
        {
            var coursesMoved = pair.Courses.Moved();
            var videosMoved = pair.Videos.Moved();
            if (coursesMoved is null || videosMoved is null)
            {
                return null;
            }

            return coursesMoved == true || videosMoved == true ? Interlocked.Increment(ref _version) : Volatile.Read(ref _version);
        }
        finally
        {
            _idle.Add(pair);
        }
    }

    public void Dispose()
    {
        while (_all.TryDequeue(out var pair))
        {
            pair.Courses.Dispose();
            pair.Videos.Dispose();
        }
    }

    private sealed record WatchPair(Watch Courses, Watch Videos);

    /// <summary>One file's counter on a connection of its own, read with SQLite's C API: a step and a reset, no ADO.NET objects.</summary>
    private sealed class Watch(Func<string> connectionString) : IDisposable
    {
        private SqliteConnection? _connection;
        private sqlite3_stmt? _statement;
        private long _last = -1;

        /// <summary>Whether the counter moved since this watch last looked (true the first time); null when the file cannot be read.</summary>
        public bool? Moved()
        {
            try
            {
                if (_statement is null)
                {
                    // Out of the pool: the counter belongs to the connection, and this one must stay open.
                    _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString()) { Pooling = false }.ToString());
                    _connection.Open();
                    if (raw.sqlite3_prepare_v2(_connection.Handle, "PRAGMA data_version", out var statement) != raw.SQLITE_OK)
                    {
                        Dispose();
                        return null;
                    }

                    _statement = statement;
                }

                var step = raw.sqlite3_step(_statement);
                var value = step == raw.SQLITE_ROW ? raw.sqlite3_column_int64(_statement, 0) : -1;
                raw.sqlite3_reset(_statement);
                if (value < 0)
                {
                    Dispose();
                    return null;
                }

                var moved = value != _last;
                _last = value;
                return moved;
            }
            catch (SqliteException)
            {
                Dispose();
                return null;
            }
        }

        public void Dispose()
        {
            _statement?.Dispose();
            _connection?.Dispose();
            (_statement, _connection, _last) = (null, null, -1);
        }
    }
}

/// <summary>A store whose other writers cannot be watched cheaply (PostgreSQL, with several instances): nothing is cached.</summary>
internal sealed class UnwatchedStoreVersion : IStoreVersion
{
    public long? Current() => null;
}
