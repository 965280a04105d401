using System.Buffers;
using System.Security.Cryptography;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>Puts spilled chunks in place, then hashes what the running hash has not (<see cref="RunningHashes"/>) and flushes the file to disk.</summary>
internal static class FileAssembler
{
    private const int HashBufferSize = 1024 * 1024;

    public static async Task<AssembledFile?> AssembleAsync(
        UploadFolder folder, UploadSession session, IReadOnlyList<ChunkRecord> records, RunningHashes hashes, CancellationToken ct)
    {
        var ordered = records.OrderBy(r => r.Index).ToList();
        var last = ordered[^1];
        var chunkSize = session.ChunkSize ?? await ChunkSizeAgreement.ReadAsync(folder, ct) ?? last.Size;
        var size = (session.TotalChunks - 1) * chunkSize + last.Size;
        // Taken before the spilled chunks move: the running pass may still be reading them where they wait.
        var hashed = await hashes.TakeAsync(session.UploadId, session.TotalChunks, size, ct);
        if (last.Size > chunkSize)
        {
            return null;
        }

        if (session.TotalChunks == 1 && last.Spilled)
        {
            File.Move(folder.SpillFile(0), folder.Data, overwrite: true); // one chunk: a rename, no copy
        }
        else
        {
            foreach (var spilled in ordered.Where(r => r.Spilled))
            {
                await PlaceAsync(folder, spilled, chunkSize, ct);
            }
        }

        return new AssembledFile(size, await HashAndFlushAsync(folder.Data, size, hashed, ct));
    }

    private static async Task PlaceAsync(UploadFolder folder, ChunkRecord chunk, long chunkSize, CancellationToken ct)
    {
        await using var source = new FileStream(folder.SpillFile(chunk.Index), FileMode.Open, FileAccess.Read, FileShare.Read,
            StreamCopy.BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var data = File.OpenHandle(folder.Data, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite, FileOptions.Asynchronous);
        await StreamCopy.ToFileAsync(source, data, chunk.Index * chunkSize, chunk.Size, hash: false, ct);
    }

    /// <summary>
    /// One sequential read for the SHA-256 unless it was computed while the chunks arrived, then a flush to
    /// disk before anything points at the file.
    /// </summary>
    private static async Task<string> HashAndFlushAsync(string path, long size, string? hashed, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read,
            HashBufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        file.SetLength(size); // drops bytes a refused, over-long last chunk may have left past the end
        if (hashed is not null)
        {
            file.Flush(flushToDisk: true);
            return hashed;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(HashBufferSize);
        try
        {
            int read;
            while ((read = await file.ReadAsync(buffer.AsMemory(0, HashBufferSize), ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }

            file.Flush(flushToDisk: true);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
