using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.UnitTests.Uploads;

/// <summary>How a streamed (tus) upload of a known length is cut into the pieces it is stored in.</summary>
public sealed class StreamPieceTests
{
    private const long MiB = 1024 * 1024;
    private static readonly UploadLimits Defaults = new(20L * 1024 * MiB, 20L * 1024 * MiB, UploadLimits.ChunkCountCeiling);

    [Theory]
    [InlineData(1L, 8 * MiB, 1)]
    [InlineData(8 * MiB, 8 * MiB, 1)]
    [InlineData(8 * MiB + 1, 8 * MiB, 2)]
    [InlineData(1024 * MiB, 8 * MiB, 128)]
    public void Files_are_stored_in_8_MiB_pieces(long length, long pieceSize, int pieces)
    {
        Assert.Equal(pieceSize, Defaults.PieceSizeFor(length));
        Assert.Equal(pieces, UploadLimits.PieceCount(length, pieceSize));
    }

    [Fact]
    public void A_file_that_would_need_more_pieces_than_allowed_gets_larger_ones()
    {
        var limits = new UploadLimits(20L * 1024 * MiB, 20L * 1024 * MiB, MaxChunks: 100);
        var length = 2L * 1024 * MiB;

        var size = limits.PieceSizeFor(length)!.Value;

        Assert.Equal((length + 99) / 100, size);
        Assert.Equal(100, UploadLimits.PieceCount(length, size));
    }

    [Fact]
    public void Pieces_are_never_larger_than_a_chunk_may_be()
    {
        var limits = new UploadLimits(2_000_000, 100_000, 100);

        Assert.Equal(100_000, limits.PieceSizeFor(350_000));
        Assert.Null(limits.PieceSizeFor(10_000_001)); // over the file limit
        Assert.Null(new UploadLimits(20_000_000, 100_000, 100).PieceSizeFor(10_000_001)); // would need 101 pieces
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void An_empty_or_negative_length_has_no_pieces(long length) => Assert.Null(Defaults.PieceSizeFor(length));

    [Fact]
    public void Bytes_that_arrive_whole_are_one_piece_or_as_few_as_a_chunk_allows()
    {
        Assert.Equal(1024 * MiB, Defaults.PieceSizeFor(1024 * MiB, whole: true));
        Assert.Equal(100_000, new UploadLimits(2_000_000, 100_000, 100).PieceSizeFor(350_000, whole: true));
    }
}
