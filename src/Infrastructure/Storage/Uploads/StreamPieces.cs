using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>
/// A streamed upload's bytes, written in place in its data file from its offset on. Each piece (a chunk of the
/// session's chunk size) the bytes complete is flushed to disk and recorded exactly as an accepted chunk, so
/// complete, the running hash and the sweeps treat both kinds of upload alike. The offset is the recorded
/// pieces plus <c>received.json</c>, written when a request ends: a crash loses at most the piece in progress.
/// </summary>
internal static class StreamPieces
{
    private sealed record ReceivedBytes(long Offset);

    /// <summary>The bytes received in order from the start. Pieces are recorded in order, so the count goes on from the last offset written.</summary>
    public static async Task<long> ReceivedAsync(UploadFolder folder, UploadSession session, CancellationToken ct)
    {
        var (length, pieceSize) = Shape(session);
        var written = (await DurableFiles.ReadJsonAsync<ReceivedBytes>(folder.Received, UploadFolder.Json, ct))?.Offset ?? 0;
        var piece = (int)(Math.Min(written, length) / pieceSize);
        while (piece < session.TotalChunks && File.Exists(folder.Record(piece)))
        {
            piece++;
        }

        return Math.Max(Math.Min(written, length), Math.Min(piece * pieceSize, length));
    }

    public static async Task<AppendOutcome> AppendAsync(UploadFolder folder, UploadSession session, StreamAppend append, Stream body, RunningHashes hashes, CancellationToken ct)
    {
        using var held = FileLocks.TryTake(folder.AppendLock);
        if (held is null)
        {
            return new(folder.Exists && Directory.Exists(folder.Chunks) ? AppendStatus.Busy : AppendStatus.Gone, append.Offset);
        }

        var received = await ReceivedAsync(folder, session, ct);
        if (append.Offset != received)
        {
            return new(AppendStatus.WrongOffset, received);
        }

        var length = session.Length!.Value;
        // Parts are hashed when they are joined (see PartJoiner), so only whole uploads are followed.
        var following = session.IsPartial ? null : hashes;
        using var data = File.OpenHandle(folder.Data, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite, FileOptions.Asynchronous);
        using var digest = append.Digest is { } expected
            ? IncrementalHash.CreateHash(expected.Algorithm == DigestAlgorithm.Sha1 ? HashAlgorithmName.SHA1 : HashAlgorithmName.SHA256)
            : null;
        var buffer = ArrayPool<byte>.Shared.Rent(StreamCopy.BufferSize);
        var position = received;
        var committed = received;
        var interrupted = false;
        try
        {
            while (true)
            {
                // A body that breaks off keeps what arrived: the client resumes after it.
                var (read, broken) = await StreamCopy.FillKeepingPartAsync(body, buffer, ct);
                interrupted = broken is not null;
                if (read == 0)
                {
                    break;
                }

                if (position + read > length)
                {
                    return new(AppendStatus.TooLong, await CommitAsync(folder, session, data, committed, committed, following));
                }

                digest?.AppendData(buffer, 0, read);
                await RandomAccess.WriteAsync(data, buffer.AsMemory(0, read), position, CancellationToken.None);
                position += read;
                if (digest is null)
                {
                    committed = await RecordPiecesAsync(folder, session, data, committed, position, following);
                }

                if (interrupted)
                {
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (digest is not null)
        {
            // Checked bytes count only whole and matching; the rest of the file is overwritten by the next try.
            if (interrupted)
            {
                return new(AppendStatus.Interrupted, received);
            }

            if (!digest.GetHashAndReset().AsSpan().SequenceEqual(append.Digest!.Value))
            {
                return new(AppendStatus.DigestMismatch, received);
            }
        }

        return new(interrupted ? AppendStatus.Interrupted : AppendStatus.Appended,
            await CommitAsync(folder, session, data, committed, position, following));
    }

    /// <summary>Records the pieces completed between <paramref name="from"/> and <paramref name="to"/> and writes the offset reached.</summary>
    internal static async Task<long> CommitAsync(UploadFolder folder, UploadSession session, SafeFileHandle data, long from, long to, RunningHashes? hashes)
    {
        await RecordPiecesAsync(folder, session, data, from, to, hashes);
        RandomAccess.FlushToDisk(data);
        await DurableFiles.WriteJsonAsync(folder.Received, new ReceivedBytes(to), UploadFolder.Json, CancellationToken.None);
        return to;
    }

    /// <summary>
    /// Flushes and records each piece whose last byte lies at or before <paramref name="to"/> and after
    /// <paramref name="from"/>, for the running hash too unless <paramref name="hashes"/> is null (the caller
    /// hashed them); returns <paramref name="to"/>. Never cancelled half-way: bytes on disk without
    /// their record would only be sent again, but a record without its bytes on disk would be a lie.
    /// </summary>
    private static async Task<long> RecordPiecesAsync(UploadFolder folder, UploadSession session, SafeFileHandle data, long from, long to, RunningHashes? hashes)
    {
        var (length, pieceSize) = Shape(session);
        var first = (int)(from / pieceSize);
        var flushed = false;
        for (var piece = first; piece < session.TotalChunks; piece++)
        {
            var start = piece * pieceSize;
            var end = Math.Min(start + pieceSize, length);
            if (end > to)
            {
                break;
            }

            if (end <= from)
            {
                continue; // recorded by an earlier request
            }

            if (!flushed)
            {
                RandomAccess.FlushToDisk(data);
                flushed = true;
            }

            var record = new ChunkRecord(piece, end - start, null, Spilled: false);
            await DurableFiles.WriteJsonAsync(folder.Record(piece), record, UploadFolder.Json, CancellationToken.None);
            hashes?.Stored(session.UploadId, piece, folder.Data, start, record.Size);
        }

        return to;
    }

    private static (long Length, long PieceSize) Shape(UploadSession session) =>
        (session.Length ?? throw new InvalidOperationException($"Upload {session.UploadId} is not streamed."),
         session.ChunkSize ?? throw new InvalidOperationException($"Upload {session.UploadId} has no piece size."));
}
