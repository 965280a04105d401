using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>
/// Joins finished parts into one upload's data file, in order, and leaves it assembled: flushed, every piece
/// recorded, its size and SHA-256 in <c>assembled.json</c>, so complete goes straight to checking and publishing.
/// <list type="bullet">
/// <item>The first part's bytes are not copied: the joined file is a second name for them (a hard link), and
/// the other parts are copied after them inside the kernel (<see cref="FileRanges"/>).</item>
/// <item>The parts are hashed in order on a task of their own while the copy runs; a slice both have read is
/// dropped from the cache, so the copy's new pages reuse its memory. Parts get no running hash
/// while they arrive: a part's hash is of no use to the joined file's, except the first's, and which part is
/// first is only known now.</item>
/// </list>
/// Where links or kernel copies are not possible, bytes are read and written here instead. A part keeps its own
/// name and length, so it stays whole until it is removed.
/// </summary>
internal static class PartJoiner
{
    private const int BufferSize = 1024 * 1024;
    private const long Slice = 64L * 1024 * 1024;

    public static async Task<bool> JoinAsync(
        UploadFolder folder, UploadSession joined, IReadOnlyList<(UploadFolder Folder, UploadSession Session)> parts, CancellationToken ct)
    {
        var length = joined.Length!.Value;
        var linked = File.Exists(parts[0].Folder.Data) && HardLinks.TryCreate(parts[0].Folder.Data, folder.Data);
        using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var hashed = new Progress();
            var hashing = Task.Run(() => HashAsync([.. parts.Select(p => (p.Folder.Data, p.Session.Length!.Value))], sha, hashed, ct), ct);
            bool copied;
            using (var data = File.OpenHandle(folder.Data, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite, FileOptions.Asynchronous))
            {
                try
                {
                    copied = await CopyAsync(parts, linked, data, hashed, ct);
                }
                finally
                {
                    await hashing.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default); // never dispose the hash under it
                }

                if (!copied || !await hashing)
                {
                    return false;
                }

                RandomAccess.SetLength(data, length);
                await StreamPieces.CommitAsync(folder, joined, data, 0, length, hashes: null); // flushes before it records
            }

            await DurableFiles.WriteJsonAsync(folder.Assembled, new AssembledFile(length, Convert.ToHexStringLower(sha.GetHashAndReset())),
                UploadFolder.Json, CancellationToken.None);
            return true;
        }
    }

    /// <summary>
    /// Puts every part's bytes in place after the ones before, a slice at a time, each slice's disk writes started
    /// while the next is copied; false when a part is gone or shorter than its length.
    /// </summary>
    private static async Task<bool> CopyAsync(
        IReadOnlyList<(UploadFolder Folder, UploadSession Session)> parts, bool firstLinked, SafeFileHandle data, Progress hashed, CancellationToken ct)
    {
        var flushing = Task.CompletedTask;
        try
        {
            long position = 0;
            foreach (var (part, session) in parts)
            {
                var length = session.Length!.Value;
                if (position > 0 || !firstLinked)
                {
                    using var input = TryOpen(part.Data);
                    if (input is null)
                    {
                        return false;
                    }

                    for (long done = 0; done < length; done += Slice)
                    {
                        var size = Math.Min(Slice, length - done);
                        var copied = FileRanges.TryCopy(input, done, data, position + done, size, ct);
                        if (copied < size && await CopyByHandAsync(input, done + copied, data, position + done + copied, size - copied, ct) < size - copied)
                        {
                            return false;
                        }

                        if (hashed.Bytes >= position + done + size)
                        {
                            // Read for the last time: its memory serves the next slice's pages instead of new memory.
                            FileRanges.DropCached(input, done, size);
                        }

                        if (flushing.IsCompleted)
                        {
                            flushing = Task.Run(() => RandomAccess.FlushToDisk(data), CancellationToken.None);
                        }
                    }
                }

                position += length;
            }

            return true;
        }
        finally
        {
            await flushing; // never close the file under a flush
        }
    }

    private static async Task<long> CopyByHandAsync(SafeFileHandle input, long from, SafeFileHandle data, long to, long length, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long copied = 0;
            int read;
            while (copied < length && (read = await RandomAccess.ReadAsync(input, buffer.AsMemory(0, (int)Math.Min(BufferSize, length - copied)), from + copied, ct)) > 0)
            {
                await RandomAccess.WriteAsync(data, buffer.AsMemory(0, read), to + copied, ct);
                copied += read;
            }

            return copied;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Goes on hashing with each file's first <c>Length</c> bytes, in order; false when one is gone or shorter.</summary>
    private static async Task<bool> HashAsync(IReadOnlyList<(string Path, long Length)> files, IncrementalHash sha, Progress progress, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            foreach (var (path, length) in files)
            {
                using var input = TryOpen(path);
                if (input is null)
                {
                    return false;
                }

                long hashed = 0;
                while (hashed < length)
                {
                    var read = await RandomAccess.ReadAsync(input, buffer.AsMemory(0, (int)Math.Min(BufferSize, length - hashed)), hashed, ct);
                    if (read == 0)
                    {
                        return false;
                    }

                    sha.AppendData(buffer, 0, read);
                    hashed += read;
                    progress.Add(read);
                }
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static SafeFileHandle? TryOpen(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>How far the hash has read, in the joined file's bytes; the copy drops from the cache only what lies behind it.</summary>
    private sealed class Progress
    {
        private long _bytes;

        public long Bytes => Interlocked.Read(ref _bytes);

        public void Add(long bytes) => Interlocked.Add(ref _bytes, bytes);
    }
}
