namespace VideoPlatform.Domain.Uploads;

/// <summary>
/// How large an upload and its parts may be. Every chunk but the last has the upload's chunk size and the
/// last may be smaller, so chunk <c>i</c> sits at <c>i × chunk size</c> and the file's size is known as soon
/// as the chunk size and the last chunk are.
/// </summary>
public sealed record UploadLimits(long MaxFileBytes, long MaxChunkBytes, int MaxChunks)
{
    /// <summary>No upload has more chunks, whatever the configuration says.</summary>
    public const int ChunkCountCeiling = 10_000;

    public int EffectiveMaxChunks => Math.Min(MaxChunks, ChunkCountCeiling);

    /// <summary>Whether <paramref name="totalChunks"/> chunks of <paramref name="chunkSize"/> bytes, the last
    /// <paramref name="lastSize"/> long (or at least one byte when not yet known), fit the file limit.</summary>
    public bool FileFits(int totalChunks, long chunkSize, long? lastSize = null) =>
        (totalChunks - 1) * chunkSize + (lastSize ?? 1) <= MaxFileBytes;

    /// <summary>The most bytes chunk <paramref name="index"/> may hold: its share of the file limit, never more
    /// than a chunk may be, and exactly the chunk size for every chunk but the last.</summary>
    public long MaxBytesOfChunk(int index, long? chunkSize)
    {
        var limit = MaxChunkBytes;
        if (chunkSize is { } size)
        {
            limit = Math.Min(limit, Math.Max(0, MaxFileBytes - index * size));
        }

        return Math.Min(limit, MaxFileBytes);
    }

    /// <summary>Pieces a streamed upload is stored in: 8 MiB, or larger when the file would need more pieces than
    /// allowed; never more than a chunk may be. Null when <paramref name="length"/> cannot be stored in pieces at all.</summary>
    /// <param name="whole">The bytes arrive all at once (parts being joined), so as few pieces as a chunk's limit allows:
    /// each piece is a record written to disk, and pieces only help bytes that arrive over time.</param>
    public long? PieceSizeFor(long length, bool whole = false)
    {
        if (length < 1 || length > MaxFileBytes)
        {
            return null;
        }

        var size = Math.Min(whole ? length : Math.Max(StreamPieceBytes, (length + EffectiveMaxChunks - 1) / EffectiveMaxChunks), MaxChunkBytes);
        return PieceCount(length, size) <= EffectiveMaxChunks ? size : null;
    }

    /// <summary>How many pieces of <paramref name="pieceSize"/> bytes hold <paramref name="length"/> bytes.</summary>
    public static int PieceCount(long length, long pieceSize) => (int)Math.Min(int.MaxValue, (length + pieceSize - 1) / pieceSize);

    private const long StreamPieceBytes = 8 * 1024 * 1024;
}
