using VideoPlatform.Application.Uploads;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>
/// Streams one chunk's bytes to disk, in place in the upload's data file when the chunk size is known,
/// else to its own spill file, and decides whether they are acceptable. The caller holds the chunk's lock
/// and writes its record only after a chunk was stored; nothing is acknowledged before it is on disk.
/// </summary>
internal static class ChunkWriter
{
    public static async Task<ChunkWriteResult> WriteAsync(
        UploadFolder folder, UploadSession session, ChunkWrite write, long? chunkSize, Stream body, CancellationToken ct) =>
        chunkSize is { } known
            ? await WriteInPlaceAsync(folder, write, known, body, ct)
            : await WriteToSpillAsync(folder, session, write, body, ct);

    /// <summary>A retry of an accepted chunk: compared with the stored bytes without writing, so an accepted chunk never changes.</summary>
    public static async Task<ChunkWriteOutcome> CompareRetryAsync(UploadFolder folder, ChunkRecord stored, long? chunkSize, Stream body, CancellationToken ct)
    {
        var (path, offset) = stored.Spilled ? (folder.SpillFile(stored.Index), 0L) : (folder.Data, stored.Index * chunkSize!.Value);
        return await StreamCopy.SameBytesAsync(path, offset, stored.Size, body, ct) switch
        {
            true => new(ChunkWriteStatus.AlreadyStoredSame, stored.ToInfo()),
            false => new(ChunkWriteStatus.AlreadyStoredDifferent, stored.ToInfo()),
            null => new(ChunkWriteStatus.Busy), // being moved by a complete right now
        };
    }

    private static async Task<ChunkWriteResult> WriteInPlaceAsync(UploadFolder folder, ChunkWrite write, long chunkSize, Stream body, CancellationToken ct)
    {
        var limit = write.Limits.MaxBytesOfChunk(write.Index, chunkSize);
        if (limit < (write.IsLast ? 1 : chunkSize))
        {
            return ChunkWriteResult.Failed(new(ChunkWriteStatus.TooLarge));
        }

        limit = Math.Min(limit, chunkSize);
        using var data = File.OpenHandle(folder.Data, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite, FileOptions.Asynchronous);
        var copy = await StreamCopy.ToFileAsync(body, data, write.Index * chunkSize, limit, hash: write.ExpectedSha256 is not null, ct);
        if (copy.TooLong)
        {
            // Past this upload's chunk size is a client error; past a configured limit is "too large".
            return ChunkWriteResult.Failed(limit == chunkSize
                ? new(ChunkWriteStatus.SizeMismatch, ExpectedSize: chunkSize, ActualSize: copy.Size)
                : new(ChunkWriteStatus.TooLarge));
        }

        // On disk before it is acknowledged: the chunk survives power loss, and the disk writes overlap
        // the upload instead of piling up for the complete.
        RandomAccess.FlushToDisk(data);
        if (copy.Size == 0 || (!write.IsLast && copy.Size != chunkSize))
        {
            return ChunkWriteResult.Failed(new(ChunkWriteStatus.SizeMismatch, ExpectedSize: chunkSize, ActualSize: copy.Size));
        }

        return Verified(write, copy, spilled: false);
    }

    private static async Task<ChunkWriteResult> WriteToSpillAsync(UploadFolder folder, UploadSession session, ChunkWrite write, Stream body, CancellationToken ct)
    {
        var target = folder.SpillFile(write.Index);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            StreamCopy.Result copy;
            using (var file = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.Asynchronous))
            {
                copy = await StreamCopy.ToFileAsync(body, file, 0, write.Limits.MaxBytesOfChunk(write.Index, chunkSize: null),
                    hash: write.ExpectedSha256 is not null, ct);
                if (!copy.TooLong)
                {
                    RandomAccess.FlushToDisk(file);
                }
            }

            if (copy.TooLong)
            {
                return ChunkWriteResult.Failed(new(ChunkWriteStatus.TooLarge));
            }

            if (copy.Size == 0)
            {
                return ChunkWriteResult.Failed(new(ChunkWriteStatus.SizeMismatch, ActualSize: 0));
            }

            var verified = Verified(write, copy, spilled: true);
            if (verified.Record is null)
            {
                return verified;
            }

            if (await CheckAgainstChunkSizeAsync(folder, session, write, copy.Size, ct) is { } refused)
            {
                return ChunkWriteResult.Failed(refused);
            }

            File.Move(temporary, target, overwrite: true);
            return verified;
        }
        finally
        {
            DurableFiles.TryDelete(temporary);
        }
    }

    /// <summary>
    /// A spilled chunk either proposes the chunk size (a non-last chunk) or must fit the one agreed. Either
    /// way the whole file must fit the limit with the sizes known now, including a last chunk that arrived
    /// before anyone knew the chunk size.
    /// </summary>
    private static async Task<ChunkWriteOutcome?> CheckAgainstChunkSizeAsync(
        UploadFolder folder, UploadSession session, ChunkWrite write, long size, CancellationToken ct)
    {
        long? chunkSize = write.IsLast ? await ChunkSizeAgreement.ReadAsync(folder, ct) : await ChunkSizeAgreement.ProposeAsync(folder, size, ct);
        if (chunkSize is not { } agreed)
        {
            return null; // a last chunk alone: checked once the size is known, and again on complete
        }

        if (write.IsLast ? size > agreed : size != agreed)
        {
            return new(ChunkWriteStatus.SizeMismatch, ExpectedSize: agreed, ActualSize: size);
        }

        var lastSize = write.IsLast ? size : (await DurableFiles.ReadJsonAsync<ChunkRecord>(folder.Record(session.TotalChunks - 1), UploadFolder.Json, ct))?.Size;
        return write.Limits.FileFits(session.TotalChunks, agreed, lastSize) ? null : new(ChunkWriteStatus.TooLarge);
    }

    private static ChunkWriteResult Verified(ChunkWrite write, StreamCopy.Result copy, bool spilled) =>
        write.ExpectedSha256 is { } expected && expected != copy.Sha256
            ? ChunkWriteResult.Failed(new(ChunkWriteStatus.ChecksumMismatch, new ChunkInfo(write.Index, copy.Size, copy.Sha256)))
            : ChunkWriteResult.Stored(new ChunkRecord(write.Index, copy.Size, copy.Sha256, spilled));
}

/// <summary>A stored chunk's record, or why it was not stored.</summary>
internal sealed record ChunkWriteResult(ChunkRecord? Record, ChunkWriteOutcome? Failure)
{
    public static ChunkWriteResult Stored(ChunkRecord record) => new(record, null);

    public static ChunkWriteResult Failed(ChunkWriteOutcome failure) => new(null, failure);
}
