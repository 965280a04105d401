using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>Copies and compares request bodies against files through one pooled buffer, so memory stays
/// flat whatever the chunk size.</summary>
internal static class StreamCopy
{
    public const int BufferSize = 256 * 1024;

    public readonly record struct Result(long Size, string? Sha256, bool TooLong);

    /// <summary>Copies at most <paramref name="limit"/> bytes to <paramref name="target"/> at <paramref name="offset"/>;
    /// reports whether the source had more than the limit (then it stops reading).</summary>
    public static async Task<Result> ToFileAsync(Stream source, SafeFileHandle target, long offset, long limit, bool hash, CancellationToken ct)
    {
        using var sha = hash ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            int read;
            while ((read = await FillAsync(source, buffer, ct)) > 0)
            {
                if (total + read > limit)
                {
                    return new Result(total + read, null, TooLong: true);
                }

                sha?.AppendData(buffer, 0, read);
                await RandomAccess.WriteAsync(target, buffer.AsMemory(0, read), offset + total, ct);
                total += read;
            }

            return new Result(total, sha is null ? null : Convert.ToHexStringLower(sha.GetHashAndReset()), TooLong: false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether <paramref name="incoming"/> holds exactly the <paramref name="size"/> bytes stored at
    /// <paramref name="offset"/> of <paramref name="path"/>; null when the file is not there (moved meanwhile).</summary>
    public static async Task<bool?> SameBytesAsync(string path, long offset, long size, Stream incoming, CancellationToken ct)
    {
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
            var received = ArrayPool<byte>.Shared.Rent(BufferSize);
            var kept = ArrayPool<byte>.Shared.Rent(BufferSize);
            try
            {
                long compared = 0;
                int read;
                while ((read = await FillAsync(incoming, received, ct)) > 0)
                {
                    if (compared + read > size ||
                        await RandomAccess.ReadAsync(file, kept.AsMemory(0, read), offset + compared, ct) != read ||
                        !received.AsSpan(0, read).SequenceEqual(kept.AsSpan(0, read)))
                    {
                        return false;
                    }

                    compared += read;
                }

                return compared == size;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(received);
                ArrayPool<byte>.Shared.Return(kept);
            }
        }
    }

    /// <summary>Reads until the buffer is full or the stream ends: request bodies arrive in small pieces,
    /// and one large write costs far less than many small ones.</summary>
    private static async Task<int> FillAsync(Stream source, byte[] buffer, CancellationToken ct)
    {
        var (filled, broken) = await FillKeepingPartAsync(source, buffer, ct);
        broken?.Throw();
        return filled;
    }

    /// <summary>
    /// As <see cref="FillAsync"/>, but when the stream breaks off (the client went away, or sent less than it
    /// announced) the bytes that did arrive are answered with why it broke, as they may still count.
    /// </summary>
    public static async Task<(int Filled, ExceptionDispatchInfo? Broken)> FillKeepingPartAsync(Stream source, byte[] buffer, CancellationToken ct)
    {
        var filled = 0;
        try
        {
            int read;
            while (filled < BufferSize && (read = await source.ReadAsync(buffer.AsMemory(filled, BufferSize - filled), ct)) > 0)
            {
                filled += read;
            }

            return (filled, null);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            return (filled, ExceptionDispatchInfo.Capture(e));
        }
    }
}
