using VideoPlatform.Application.Uploads;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>
/// Uploads staged on the file system (layout: <see cref="UploadFolder"/>). This class holds the order of
/// the steps; paths, locks, chunk writing, assembly and state files each live in their own class.
/// </summary>
internal sealed class FileSystemUploadStaging(StorageRoot root, RunningHashes hashes) : IUploadStaging
{
    public async Task CreateAsync(UploadSession session, CancellationToken ct)
    {
        var folder = Folder(session.UploadId);
        Directory.CreateDirectory(folder.Chunks);
        Directory.CreateDirectory(folder.Spill);
        await DurableFiles.WriteJsonAsync(folder.Session, session, UploadFolder.Json, ct);
    }

    public Task<UploadSession?> FindAsync(string uploadId, CancellationToken ct) =>
        DurableFiles.ReadJsonAsync<UploadSession>(Folder(uploadId).Session, UploadFolder.Json, ct);

    public async Task<IReadOnlyList<ChunkInfo>> ListChunksAsync(string uploadId, CancellationToken ct) =>
        (await ChunkRecord.ReadAllAsync(Folder(uploadId), ct)).Select(r => r.ToInfo()).ToList();

    public async Task<ChunkWriteOutcome> WriteChunkAsync(UploadSession session, ChunkWrite write, Stream body, CancellationToken ct)
    {
        var folder = Folder(session.UploadId);
        if (!Directory.Exists(folder.Chunks))
        {
            return new(ChunkWriteStatus.Gone);
        }

        using var chunkLock = FileLocks.TryTake(folder.ChunkLock(write.Index));
        if (chunkLock is null)
        {
            return folder.Exists ? new(ChunkWriteStatus.Busy) : new(ChunkWriteStatus.Gone);
        }

        try
        {
            var chunkSize = session.ChunkSize ?? await ChunkSizeAgreement.ReadAsync(folder, ct);
            if (await DurableFiles.ReadJsonAsync<ChunkRecord>(folder.Record(write.Index), UploadFolder.Json, ct) is { } existing)
            {
                return await ChunkWriter.CompareRetryAsync(folder, existing, chunkSize, body, ct);
            }

            var written = await ChunkWriter.WriteAsync(folder, session, write, chunkSize, body, ct);
            if (written.Record is not { } record)
            {
                return written.Failure!;
            }

            await DurableFiles.WriteJsonAsync(folder.Record(write.Index), record, UploadFolder.Json, ct);
            hashes.Stored(session.UploadId, record.Index, record.Spilled ? folder.SpillFile(record.Index) : folder.Data,
                record.Spilled ? 0 : record.Index * chunkSize!.Value, record.Size);
            return new(ChunkWriteStatus.Stored, record.ToInfo());
        }
        catch (DirectoryNotFoundException) when (!folder.Exists)
        {
            return new(ChunkWriteStatus.Gone); // aborted or swept while this chunk was arriving
        }
        catch (IOException e) when (IsDiskFull(e))
        {
            return new(ChunkWriteStatus.NoSpace); // the partial bytes have no record, so the chunk stays missing
        }
    }

    public Task<long> ReceivedBytesAsync(UploadSession session, CancellationToken ct) =>
        StreamPieces.ReceivedAsync(Folder(session.UploadId), session, ct);

    public async Task<AppendOutcome> AppendAsync(UploadSession session, StreamAppend append, Stream body, CancellationToken ct)
    {
        var folder = Folder(session.UploadId);
        if (!Directory.Exists(folder.Chunks))
        {
            return new(AppendStatus.Gone, append.Offset);
        }

        try
        {
            return await StreamPieces.AppendAsync(folder, session, append, body, hashes, ct);
        }
        catch (DirectoryNotFoundException) when (!folder.Exists)
        {
            return new(AppendStatus.Gone, append.Offset); // aborted or swept while the bytes were arriving
        }
        catch (IOException e) when (IsDiskFull(e))
        {
            return new(AppendStatus.NoSpace, append.Offset); // the offset stays where it was recorded last
        }
    }

    public Task<bool> JoinAsync(UploadSession joined, IReadOnlyList<UploadSession> parts, CancellationToken ct) =>
        PartJoiner.JoinAsync(Folder(joined.UploadId), joined, [.. parts.Select(p => (Folder(p.UploadId), p))], ct);

    public async Task<IAsyncDisposable?> LockAsync(string uploadId, TimeSpan wait, CancellationToken ct)
    {
        var folder = Folder(uploadId);
        if (!folder.Exists)
        {
            return NoLock.Instance; // nothing to protect; the caller will find no session
        }

        if (await FileLocks.WaitAsync(folder.CompleteLock, wait, ct) is { } held)
        {
            return held;
        }

        return folder.Exists ? null : NoLock.Instance;
    }

    public async Task<AssembledFile?> AssembleAsync(UploadSession session, IReadOnlyList<ChunkInfo> chunks, CancellationToken ct)
    {
        var folder = Folder(session.UploadId);
        if (await DurableFiles.ReadJsonAsync<AssembledFile>(folder.Assembled, UploadFolder.Json, ct) is { } done &&
            (File.Exists(folder.Data) || File.Exists(PublishedPath(session))))
        {
            return done; // a complete that stopped after this step
        }

        var assembled = await FileAssembler.AssembleAsync(folder, session, await ChunkRecord.ReadAllAsync(folder, ct), hashes, ct);
        if (assembled is not null)
        {
            await DurableFiles.WriteJsonAsync(folder.Assembled, assembled, UploadFolder.Json, ct);
        }

        return assembled;
    }

    public Task<Stream> OpenAssembledAsync(UploadSession session, CancellationToken ct)
    {
        var staged = Folder(session.UploadId).Data;
        var path = File.Exists(staged) ? staged : PublishedPath(session);
        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096));
    }

    public Task PublishAsync(UploadSession session, CancellationToken ct)
    {
        var data = Folder(session.UploadId).Data;
        var published = PublishedPath(session);
        if (File.Exists(data))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(published)!);
            File.Move(data, published, overwrite: true);
            DurableFiles.FlushFolder(Path.GetDirectoryName(published)!);
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
            var folder = Folder(session.UploadId);
            if (folder.Exists)
            {
                File.Move(published, folder.Data, overwrite: true);
            }
            else
            {
                File.Delete(published);
            }

            TryDeleteEmptyFolder(Path.GetDirectoryName(published)!);
        }

        return Task.CompletedTask;
    }

    public async Task MarkCompletedAsync(UploadSession session, UploadResult result, CancellationToken ct)
    {
        var folder = Folder(session.UploadId);
        hashes.Forget(session.UploadId);
        await DurableFiles.WriteJsonAsync(folder.Session, session with { State = UploadState.Completed, Result = result }, UploadFolder.Json, ct);

        // The session stays as a record that answers repeated completes until it is swept.
        // A chunk that arrives at another instance now takes its lock in chunks/ before it learns it is too late.
        FolderRemoval.Remove(folder.Chunks);
        FolderRemoval.Remove(folder.Spill);
        DurableFiles.TryDelete(folder.ChunkSize);
        DurableFiles.TryDelete(folder.Assembled);
        DurableFiles.TryDelete(folder.Received);
        FolderRemoval.RemoveSoon(folder.Data); // a joined part's bytes (a published upload's were moved away already)
    }

    public Task<bool> DeleteAsync(string uploadId, CancellationToken ct)
    {
        hashes.Forget(uploadId);
        return Task.FromResult(FolderRemoval.RemoveSoon(Folder(uploadId).Path));
    }

    public async Task<IReadOnlyList<StagedUpload>> ListAsync(CancellationToken ct)
    {
        if (!Directory.Exists(root.Uploads))
        {
            return [];
        }

        FolderRemoval.RemoveLeftovers(root.Uploads, TimeSpan.FromHours(1));
        var found = new List<StagedUpload>();
        foreach (var path in Directory.EnumerateDirectories(root.Uploads))
        {
            var id = Path.GetFileName(path);
            if (UploadId.IsValid(id))
            {
                found.Add(new StagedUpload(id, await FindAsync(id, ct), Directory.GetLastWriteTimeUtc(path)));
            }
        }

        return found;
    }

    public async Task<OpenUploads> CountOpenAsync(string? startedBy, CancellationToken ct)
    {
        if (!Directory.Exists(root.Uploads))
        {
            return new(0, 0);
        }

        // A completed upload's folder keeps only its session: the chunk folder is what an open one has.
        // Folders being removed (renamed aside, emptied in the background) are not uploads any more.
        var open = Directory.EnumerateDirectories(root.Uploads)
            .Where(path => UploadId.IsValid(Path.GetFileName(path)) && Directory.Exists(Path.Combine(path, "chunks"))).ToList();
        var byCaller = 0;
        if (startedBy is not null)
        {
            foreach (var path in open)
            {
                var session = await DurableFiles.ReadJsonAsync<UploadSession>(Folder(Path.GetFileName(path)).Session, UploadFolder.Json, ct);
                byCaller += session?.StartedBy == startedBy ? 1 : 0;
            }
        }

        return new(open.Count, byCaller);
    }

    public long? AvailableBytes()
    {
        try
        {
            Directory.CreateDirectory(root.FullPath);
            return new DriveInfo(root.FullPath).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    public Task<bool> IsPublishedAsync(UploadSession session, CancellationToken ct) => Task.FromResult(File.Exists(PublishedPath(session)));

    // ENOSPC on Unix (the errno is the HResult), ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static bool IsDiskFull(IOException e) => e.HResult is 28 or unchecked((int)0x80070070) or unchecked((int)0x80070027);

    private UploadFolder Folder(string uploadId) => new(root.Uploads, uploadId);

    private string PublishedPath(UploadSession session) => root.Resolve(session.OriginalPath);

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

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
