using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>
/// Each upload's SHA-256, computed while its chunks arrive, so complete has only what is left to hash. The
/// chunks stored so far are hashed in order from the first by one background pass per upload, read back
/// moments after they were written (from the page cache) from where they wait: in place in the data file,
/// or in their spill file. In memory only: an upload whose chunks went to another instance, or that
/// outlived a restart, is hashed whole by complete, as before.
/// </summary>
internal sealed class RunningHashes(int maxUploads = RunningHashes.DefaultMaxUploads) : IDisposable
{
    /// <summary>
    /// Uploads followed at once. An upload completed or removed by another instance is never taken here, so
    /// past this the one followed longest is dropped (its complete hashes the file itself).
    /// </summary>
    public const int DefaultMaxUploads = 1024;

    private const int ReadSize = 1024 * 1024;

    private readonly ConcurrentDictionary<string, Running> _uploads = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>A chunk was stored and recorded: its bytes are final, at <paramref name="path"/> from <paramref name="offset"/>.</summary>
    public void Stored(string uploadId, int index, string path, long offset, long size)
    {
        var running = _uploads.GetOrAdd(uploadId, _ => new Running(_stopping.Token));
        running.Add(index, new Piece(path, offset, size));
        if (_uploads.Count > maxUploads && _uploads.MinBy(u => u.Value.Started) is { Key: var oldest } && oldest != uploadId)
        {
            Forget(oldest);
        }
    }

    /// <summary>
    /// The hash of the whole file when every one of its <paramref name="chunks"/> chunks, <paramref name="size"/>
    /// bytes, was hashed in order; null when complete must hash the file itself. Either way the upload is forgotten.
    /// </summary>
    public async Task<string?> TakeAsync(string uploadId, int chunks, long size, CancellationToken ct)
    {
        if (!_uploads.TryRemove(uploadId, out var running))
        {
            return null;
        }

        using (running)
        {
            return await running.FinishAsync(chunks, size, ct);
        }
    }

    /// <summary>An aborted or swept upload: nothing of it is kept.</summary>
    public void Forget(string uploadId)
    {
        if (_uploads.TryRemove(uploadId, out var running))
        {
            running.Dispose();
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        foreach (var running in _uploads.Values)
        {
            running.Dispose();
        }

        // Not disposed: a pass may still be reading with its token; it stops at its next read.
    }

    private sealed record Piece(string Path, long Offset, long Size);

    private sealed class Running(CancellationToken stopping) : IDisposable
    {
        public long Started { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

        private readonly Lock _gate = new();
        private readonly Dictionary<int, Piece> _waiting = [];
        private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private Task _pass = Task.CompletedTask;
        private bool _passing, _failed;
        private int _next;
        private long _hashed;

        public void Add(int index, Piece piece)
        {
            lock (_gate)
            {
                if (index < _next || _failed)
                {
                    return;
                }

                _waiting[index] = piece;
                if (!_passing && _waiting.ContainsKey(_next))
                {
                    _passing = true;
                    _pass = Task.Run(() => PassAsync(stopping));
                }
            }
        }

        public async Task<string?> FinishAsync(int chunks, long size, CancellationToken ct)
        {
            // Whatever is left is hashed here, once no other pass runs.
            while (true)
            {
                Task pass;
                lock (_gate)
                {
                    if (!_passing)
                    {
                        _passing = true;
                        break;
                    }

                    pass = _pass;
                }

                await pass.WaitAsync(ct);
            }

            await PassAsync(ct);
            lock (_gate)
            {
                return !_failed && _next == chunks && _hashed == size ? Convert.ToHexStringLower(_sha.GetHashAndReset()) : null;
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _failed = true;
            }

            // A pass still reading stops at its next piece; the hash object is left to the collector with it.
            if (_pass.IsCompleted)
            {
                _sha.Dispose();
            }
        }

        /// <summary>Hashes the next chunks while they are there; ends (and lets the next <see cref="Add"/> start a pass) at the first gap.</summary>
        private async Task PassAsync(CancellationToken ct)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(ReadSize);
            try
            {
                while (true)
                {
                    Piece? piece;
                    lock (_gate)
                    {
                        if (_failed || !_waiting.Remove(_next, out piece))
                        {
                            _passing = false;
                            return;
                        }
                    }

                    using (var file = File.OpenHandle(piece.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.Asynchronous))
                    {
                        for (long done = 0; done < piece.Size;)
                        {
                            var read = await RandomAccess.ReadAsync(file, buffer.AsMemory(0, (int)Math.Min(ReadSize, piece.Size - done)), piece.Offset + done, ct);
                            if (read == 0)
                            {
                                throw new EndOfStreamException($"{piece.Path} ended before its chunk did.");
                            }

                            _sha.AppendData(buffer, 0, read);
                            done += read;
                        }

                        FileRanges.DropCached(file, piece.Offset, piece.Size);
                    }

                    lock (_gate)
                    {
                        _next++;
                        _hashed += piece.Size;
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException or ObjectDisposedException)
            {
                // Moved, swept or shutting down: complete hashes the file itself.
                lock (_gate)
                {
                    _failed = true;
                    _passing = false;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
