using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.Win32.SafeHandles;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Infrastructure.Storage;

/// <summary>
/// Uploads staged on the file system under <c>{root}/uploads/{upload_id}/</c>:
/// <list type="bullet">
/// <item><c>session.json</c>: the session, replaced atomically (write, then rename).</item>
/// <item><c>data</c>: the file being built; each chunk is written at <c>index × chunk size</c>, so completing
/// needs no second copy of the bytes.</item>
/// <item><c>chunks/{i}.json</c>: written (atomically) only after chunk i's bytes are on disk. Its presence is
/// what "accepted" means; a chunk cut off half-way leaves no record and stays missing.</item>
/// <item><c>chunk-size</c>: the size of every chunk but the last, from init or from the first non-last chunk.
/// Chunks that arrive before it is known wait in <c>spill/{i}</c> and are put in place on complete.</item>
/// <item><c>chunks/{i}.lock</c>, <c>complete.lock</c>: advisory file locks, so two requests (or two instances
/// sharing the root) never write the same chunk or complete the same upload at once.</item>
/// </list>
/// </summary>
internal sealed class FileSystemUploadStaging(IOptions<StorageOptions> storage) : IUploadStaging
{
    private const int CopyBufferSize = 256 * 1024;
    private const int HashBufferSize = 1024 * 1024;
    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(25);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private string Root => storage.Value.FullRoot;

    public Task CreateAsync(UploadSession session, CancellationToken ct)
    {
        var folder = Folder(session.UploadId);
        Directory.CreateDirectory(Path.Combine(folder, "chunks"));
        Directory.CreateDirectory(Path.Combine(folder, "spill"));
        return WriteJsonAtomicallyAsync(Path.Combine(folder, "session.json"), session, ct);
    }

    public Task<UploadSession?> FindAsync(string uploadId, CancellationToken ct) =>
        ReadJsonAsync<UploadSession>(Path.Combine(Folder(uploadId), "session.json"), ct);

    public async Task<IReadOnlyList<ChunkInfo>> ListChunksAsync(string uploadId, CancellationToken ct) =>
        (await ReadRecordsAsync(uploadId, ct)).Select(r => r.ToInfo()).ToList();

    public async Task<ChunkWriteOutcome> WriteChunkAsync(UploadSession session, ChunkWrite write, Stream body, CancellationToken ct)
    {
        var folder = Folder(session.UploadId);
        if (!Directory.Exists(Path.Combine(folder, "chunks")))
        {
            return new(ChunkWriteStatus.Gone);
        }

        using var chunkLock = TryLock(Path.Combine(folder, "chunks", $"{write.Index}.lock"));
        if (chunkLock is null)
        {
            return Directory.Exists(folder) ? new(ChunkWriteStatus.Busy) : new(ChunkWriteStatus.Gone);
        }

        var recordPath = RecordPath(session.UploadId, write.Index);
        try
        {
            return await WriteLockedChunkAsync(session, write, body, folder, recordPath, ct);
        }
        catch (DirectoryNotFoundException) when (!Directory.Exists(folder))
        {
            return new(ChunkWriteStatus.Gone); // aborted or swept while this chunk was arriving
        }
    }

    private async Task<ChunkWriteOutcome> WriteLockedChunkAsync(
        UploadSession session, ChunkWrite write, Stream body, string folder, string recordPath, CancellationToken ct)
    {
        var chunkSize = session.ChunkSize ?? await ReadChunkSizeAsync(folder, ct);
        if (await ReadJsonAsync<ChunkRecord>(recordPath, ct) is { } existing)
        {
            // A retry: compare with the stored bytes without writing, so an accepted chunk never changes.
            var same = await SameBytesAsync(folder, existing, chunkSize, body, ct);
            return same switch
            {
                true => new(ChunkWriteStatus.AlreadyStoredSame, existing.ToInfo()),
                false => new(ChunkWriteStatus.AlreadyStoredDifferent, existing.ToInfo()),
                null => new(ChunkWriteStatus.Busy), // being moved by a complete right now
            };
        }

        var outcome = chunkSize is { } known
            ? await WriteInPlaceAsync(session, write, body, known, ct)
            : await WriteToSpillAsync(session, write, body, ct);
        if (outcome.Record is null)
        {
            return outcome.Failure!;
        }

        await WriteJsonAtomicallyAsync(recordPath, outcome.Record, ct);
        return new(ChunkWriteStatus.Stored, outcome.Record.ToInfo());
    }

    public async Task<IAsyncDisposable?> LockAsync(string uploadId, TimeSpan wait, CancellationToken ct)
    {
        var folder = Folder(uploadId);
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            if (!Directory.Exists(folder))
            {
                return NoLock.Instance; // nothing to protect; the caller will find no session
            }

            if (TryLock(Path.Combine(folder, "complete.lock")) is { } held)
            {
                return held;
            }

            if (DateTime.UtcNow >= deadline)
            {
                return null;
            }

            await Task.Delay(LockPollInterval, ct);
        }
    }

    public async Task<AssembledFile?> AssembleAsync(UploadSession session, IReadOnlyList<ChunkInfo> chunks, CancellationToken ct)
    {
        var folder = Folder(session.UploadId);
        var dataPath = Path.Combine(folder, "data");
        var assembledPath = Path.Combine(folder, "assembled.json");
        if (await ReadJsonAsync<AssembledFile>(assembledPath, ct) is { } done &&
            (File.Exists(dataPath) || File.Exists(PublishedPath(session))))
        {
            return done; // a complete that stopped after this step
        }

        var records = (await ReadRecordsAsync(session.UploadId, ct)).OrderBy(r => r.Index).ToList();
        var last = records[^1];
        var chunkSize = session.ChunkSize ?? await ReadChunkSizeAsync(folder, ct) ?? last.Size;
        if (last.Size > chunkSize)
        {
            return null;
        }

        if (session.TotalChunks == 1 && last.Spilled)
        {
            File.Move(SpillPath(folder, 0), dataPath, overwrite: true); // one chunk: a rename, no copy
        }
        else
        {
            foreach (var spilled in records.Where(r => r.Spilled))
            {
                await PlaceSpilledChunkAsync(folder, spilled, chunkSize, ct);
            }
        }

        var size = (session.TotalChunks - 1) * chunkSize + last.Size;
        var (sha256, header) = await HashAndFlushAsync(dataPath, size, ct);
        var assembled = new AssembledFile(size, sha256, header);
        await WriteJsonAtomicallyAsync(assembledPath, assembled, ct);
        return assembled;
    }

    public Task PublishAsync(UploadSession session, CancellationToken ct)
    {
        var dataPath = Path.Combine(Folder(session.UploadId), "data");
        var published = PublishedPath(session);
        if (File.Exists(dataPath))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(published)!);
            File.Move(dataPath, published, overwrite: true);
        }
        else if (!File.Exists(published))
        {
            throw new InvalidOperationException($"Upload {session.UploadId} has neither a staged nor a published file.");
        }

        return Task.CompletedTask;
    }

    public Task UnpublishAsync(UploadSession session, CancellationToken ct)
    {
        var published = PublishedPath(session);
        if (File.Exists(published))
        {
            File.Move(published, Path.Combine(Folder(session.UploadId), "data"), overwrite: true);
            TryDeleteEmptyFolder(Path.GetDirectoryName(published)!);
        }

        return Task.CompletedTask;
    }

    public async Task MarkCompletedAsync(UploadSession session, UploadResult result, CancellationToken ct)
    {
        var folder = Folder(session.UploadId);
        await WriteJsonAtomicallyAsync(Path.Combine(folder, "session.json"),
            session with { State = UploadState.Completed, Result = result }, ct);

        // The session stays as a record that answers repeated completes until it is swept.
        foreach (var dir in new[] { "chunks", "spill" })
        {
            DeleteIfExists(() => Directory.Delete(Path.Combine(folder, dir), recursive: true));
        }

        foreach (var file in new[] { "chunk-size", "assembled.json" })
        {
            DeleteIfExists(() => File.Delete(Path.Combine(folder, file)));
        }
    }

    public Task DeleteAsync(string uploadId, CancellationToken ct)
    {
        DeleteIfExists(() => Directory.Delete(Folder(uploadId), recursive: true));
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<StagedUpload>> ListAsync(CancellationToken ct)
    {
        var uploads = Path.Combine(Root, "uploads");
        if (!Directory.Exists(uploads))
        {
            return [];
        }

        var found = new List<StagedUpload>();
        foreach (var folder in Directory.EnumerateDirectories(uploads))
        {
            var id = Path.GetFileName(folder);
            if (UploadId.IsValid(id))
            {
                found.Add(new StagedUpload(id, await FindAsync(id, ct), Directory.GetLastWriteTimeUtc(folder)));
            }
        }

        return found;
    }

    public Stream CreateScratchBuffer()
    {
        var scratch = Path.Combine(Root, "scratch");
        Directory.CreateDirectory(scratch);
        return new FileStream(Path.Combine(scratch, Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, CopyBufferSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
    }

    private async Task<WriteResult> WriteInPlaceAsync(UploadSession session, ChunkWrite write, Stream body, long chunkSize, CancellationToken ct)
    {
        var offset = write.Index * chunkSize;
        var allowedByFile = write.MaxFileBytes - offset;
        if (allowedByFile < (write.IsLast ? 1 : chunkSize))
        {
            return WriteResult.Failed(new(ChunkWriteStatus.TooLarge));
        }

        var limit = Math.Min(chunkSize, Math.Min(write.MaxChunkBytes, allowedByFile));
        using var data = File.OpenHandle(Path.Combine(Folder(session.UploadId), "data"), FileMode.OpenOrCreate,
            FileAccess.Write, FileShare.ReadWrite, FileOptions.Asynchronous);
        var (size, sha, tooLong) = await CopyAsync(body, data, offset, limit, write.ExpectedSha256 is not null, ct);
        if (!tooLong)
        {
            // On disk before it is acknowledged: the chunk survives power loss, and the disk writes
            // overlap the upload instead of piling up for the complete.
            RandomAccess.FlushToDisk(data);
        }

        if (tooLong)
        {
            // Past this upload's chunk size is a client error; past a configured limit is "too large".
            return WriteResult.Failed(limit == chunkSize
                ? new(ChunkWriteStatus.SizeMismatch, ExpectedSize: chunkSize, ActualSize: size)
                : new(ChunkWriteStatus.TooLarge));
        }

        if (size == 0 || (!write.IsLast && size != chunkSize))
        {
            return WriteResult.Failed(new(ChunkWriteStatus.SizeMismatch, ExpectedSize: chunkSize, ActualSize: size));
        }

        return write.ExpectedSha256 is { } expected && expected != sha
            ? WriteResult.Failed(new(ChunkWriteStatus.ChecksumMismatch, new ChunkInfo(write.Index, size, sha)))
            : WriteResult.Stored(new ChunkRecord(write.Index, size, sha, Spilled: false));
    }

    private async Task<WriteResult> WriteToSpillAsync(UploadSession session, ChunkWrite write, Stream body, CancellationToken ct)
    {
        var folder = Folder(session.UploadId);
        var target = SpillPath(folder, write.Index);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            long size;
            string? sha;
            bool tooLong;
            using (var file = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.Asynchronous))
            {
                (size, sha, tooLong) = await CopyAsync(body, file, 0, Math.Min(write.MaxChunkBytes, write.MaxFileBytes),
                    write.ExpectedSha256 is not null, ct);
                if (!tooLong)
                {
                    RandomAccess.FlushToDisk(file);
                }
            }

            if (tooLong)
            {
                return WriteResult.Failed(new(ChunkWriteStatus.TooLarge));
            }

            if (size == 0)
            {
                return WriteResult.Failed(new(ChunkWriteStatus.SizeMismatch, ActualSize: 0));
            }

            if (write.ExpectedSha256 is { } expected && expected != sha)
            {
                return WriteResult.Failed(new(ChunkWriteStatus.ChecksumMismatch, new ChunkInfo(write.Index, size, sha)));
            }

            if (!write.IsLast)
            {
                var chunkSize = await EstablishChunkSizeAsync(folder, size, ct);
                if (chunkSize != size)
                {
                    return WriteResult.Failed(new(ChunkWriteStatus.SizeMismatch, ExpectedSize: chunkSize, ActualSize: size));
                }

                if ((session.TotalChunks - 1) * chunkSize >= write.MaxFileBytes)
                {
                    return WriteResult.Failed(new(ChunkWriteStatus.TooLarge));
                }
            }

            File.Move(temporary, target, overwrite: true);
            return WriteResult.Stored(new ChunkRecord(write.Index, size, sha, Spilled: true));
        }
        finally
        {
            DeleteIfExists(() => File.Delete(temporary));
        }
    }

    /// <summary>Whether a re-sent chunk has exactly the stored bytes; null when they are not where they were.</summary>
    private static async Task<bool?> SameBytesAsync(string folder, ChunkRecord stored, long? chunkSize, Stream incoming, CancellationToken ct)
    {
        var (path, offset) = stored.Spilled
            ? (SpillPath(folder, stored.Index), 0L)
            : (Path.Combine(folder, "data"), stored.Index * chunkSize!.Value);
        SafeFileHandle file;
        try
        {
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        using (file)
        {
            var received = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
            var kept = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
            try
            {
                long compared = 0;
                int read;
                while ((read = await FillAsync(incoming, received, ct)) > 0)
                {
                    if (compared + read > stored.Size ||
                        await RandomAccess.ReadAsync(file, kept.AsMemory(0, read), offset + compared, ct) != read ||
                        !received.AsSpan(0, read).SequenceEqual(kept.AsSpan(0, read)))
                    {
                        return false;
                    }

                    compared += read;
                }

                return compared == stored.Size;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(received);
                ArrayPool<byte>.Shared.Return(kept);
            }
        }
    }

    /// <summary>The first non-last chunk to finish decides the chunk size; later ones must agree.</summary>
    private static async Task<long> EstablishChunkSizeAsync(string folder, long size, CancellationToken ct)
    {
        var path = Path.Combine(folder, "chunk-size");
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temporary, size.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        try
        {
            File.Move(temporary, path, overwrite: false); // fails if another chunk got there first
            return size;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return (await ReadChunkSizeAsync(folder, ct))!.Value;
        }
    }

    private static async Task<long?> ReadChunkSizeAsync(string folder, CancellationToken ct)
    {
        try
        {
            return long.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "chunk-size"), ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static async Task PlaceSpilledChunkAsync(string folder, ChunkRecord chunk, long chunkSize, CancellationToken ct)
    {
        await using var source = new FileStream(SpillPath(folder, chunk.Index), FileMode.Open, FileAccess.Read, FileShare.Read,
            CopyBufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var data = File.OpenHandle(Path.Combine(folder, "data"), FileMode.OpenOrCreate, FileAccess.Write,
            FileShare.ReadWrite, FileOptions.Asynchronous);
        await CopyAsync(source, data, chunk.Index * chunkSize, chunk.Size, hashIt: false, ct);
    }

    /// <summary>
    /// Copies at most <paramref name="limit"/> bytes to <paramref name="target"/> at <paramref name="offset"/>
    /// (or only hashes them when target is null) through one pooled buffer, so memory stays flat whatever
    /// the chunk size. Reports whether the source had more than the limit.
    /// </summary>
    private static async Task<(long Size, string? Sha256, bool TooLong)> CopyAsync(
        Stream source, SafeFileHandle target, long offset, long limit, bool hashIt, CancellationToken ct)
    {
        using var hash = hashIt ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            long total = 0;
            int read;
            while ((read = await FillAsync(source, buffer, ct)) > 0)
            {
                if (total + read > limit)
                {
                    return (total + read, null, true);
                }

                hash?.AppendData(buffer, 0, read);
                await RandomAccess.WriteAsync(target, buffer.AsMemory(0, read), offset + total, ct);
                total += read;
            }

            return (total, hash is null ? null : Convert.ToHexStringLower(hash.GetHashAndReset()), false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads until the buffer is full or the stream ends: request bodies arrive in small pieces,
    /// and one large write costs far less than many small ones.</summary>
    private static async Task<int> FillAsync(Stream source, byte[] buffer, CancellationToken ct)
    {
        var filled = 0;
        int read;
        while (filled < CopyBufferSize && (read = await source.ReadAsync(buffer.AsMemory(filled, CopyBufferSize - filled), ct)) > 0)
        {
            filled += read;
        }

        return filled;
    }

    /// <summary>One sequential read for the SHA-256, then a flush to disk before anything points at the file.</summary>
    private static async Task<(string Sha256, byte[] Header)> HashAndFlushAsync(string path, long size, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read,
            HashBufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        file.SetLength(size); // drops bytes a refused, over-long last chunk may have left past the end
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(HashBufferSize);
        try
        {
            var header = Array.Empty<byte>();
            int read;
            while ((read = await file.ReadAsync(buffer.AsMemory(0, HashBufferSize), ct)) > 0)
            {
                if (header.Length == 0)
                {
                    header = buffer.AsSpan(0, Math.Min(read, VideoSignature.HeaderLength)).ToArray();
                }

                hash.AppendData(buffer, 0, read);
            }

            file.Flush(flushToDisk: true);
            return (Convert.ToHexStringLower(hash.GetHashAndReset()), header);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<List<ChunkRecord>> ReadRecordsAsync(string uploadId, CancellationToken ct)
    {
        var chunks = Path.Combine(Folder(uploadId), "chunks");
        if (!Directory.Exists(chunks))
        {
            return [];
        }

        var records = new List<ChunkRecord>();
        foreach (var path in Directory.EnumerateFiles(chunks, "*.json"))
        {
            if (await ReadJsonAsync<ChunkRecord>(path, ct) is { } record)
            {
                records.Add(record);
            }
        }

        return records;
    }

    private string Folder(string uploadId)
    {
        // The application parses ids strictly; this is the last guard before a path is built from one.
        if (!UploadId.IsValid(uploadId))
        {
            throw new ArgumentException($"'{uploadId}' is not an upload id.", nameof(uploadId));
        }

        return Path.Combine(Root, "uploads", uploadId);
    }

    private string PublishedPath(UploadSession session)
    {
        var root = Path.GetFullPath(Root) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, session.OriginalPath));
        return path.StartsWith(root, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"'{session.OriginalPath}' would be outside the storage root.");
    }

    private string RecordPath(string uploadId, int index) => Path.Combine(Folder(uploadId), "chunks", $"{index}.json");

    private static string SpillPath(string folder, int index) => Path.Combine(folder, "spill", index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>An exclusive advisory lock (flock) held while the returned stream is open; null when taken.</summary>
    private static FileLock? TryLock(string path)
    {
        try
        {
            return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (Directory.Exists(Path.GetDirectoryName(path)))
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static async Task WriteJsonAtomicallyAsync<T>(string path, T value, CancellationToken ct)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            await JsonSerializer.SerializeAsync(file, value, JsonOptions, ct);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static async Task<T?> ReadJsonAsync<T>(string path, CancellationToken ct) where T : class
    {
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return await JsonSerializer.DeserializeAsync<T>(file, JsonOptions, ct);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static void DeleteIfExists(Action delete)
    {
        try
        {
            delete();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
        }
    }

    private static void TryDeleteEmptyFolder(string folder)
    {
        try
        {
            Directory.Delete(folder);
        }
        catch (IOException)
        {
            // Not empty or already gone: either way nothing to clean.
        }
    }

    private sealed record ChunkRecord(int Index, long Size, string? Sha256, bool Spilled)
    {
        public ChunkInfo ToInfo() => new(Index, Size, Sha256);
    }

    private sealed record WriteResult(ChunkRecord? Record, ChunkWriteOutcome? Failure)
    {
        public static WriteResult Stored(ChunkRecord record) => new(record, null);

        public static WriteResult Failed(ChunkWriteOutcome failure) => new(null, failure);
    }

    private sealed class FileLock(FileStream stream) : IAsyncDisposable, IDisposable
    {
        public void Dispose() => stream.Dispose();

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
