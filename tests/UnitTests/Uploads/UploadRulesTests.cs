using System.Buffers.Binary;
using System.Text;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.UnitTests.Uploads;

public sealed class UploadRulesTests
{
    [Theory]
    [InlineData("clip.mp4", "clip.mp4", "mp4")]
    [InlineData("/abs/path/Clip.MOV", "Clip.MOV", "mov")]
    [InlineData("..\\..\\x.avi", "x.avi", "avi")]
    [InlineData("  .hidden.m4v ", "hidden.m4v", "m4v")]
    [InlineData("a<b>c:d?.hevc", "a_b_c_d_.hevc", "hevc")]
    [InlineData("tab\there.mp4", "tab_here.mp4", "mp4")]
    public void File_names_are_reduced_to_a_safe_base_name(string raw, string expected, string extension)
    {
        var name = UploadFileName.TryCreate(raw);

        Assert.NotNull(name);
        Assert.Equal(expected, name.Value);
        Assert.Equal(extension, name.Extension);
        Assert.True(name.HasAllowedExtension);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("dir/")]
    [InlineData("noext")]
    [InlineData(".mp4")]
    [InlineData("trailingdot.")]
    public void Names_with_nothing_usable_left_are_refused(string? raw) => Assert.Null(UploadFileName.TryCreate(raw));

    [Fact]
    public void Other_extensions_are_recognised_but_not_allowed()
    {
        Assert.False(UploadFileName.TryCreate("report.pdf")!.HasAllowedExtension);
    }

    [Fact]
    public void Overlong_names_are_cut_to_255_utf8_bytes_keeping_the_extension()
    {
        var name = UploadFileName.TryCreate(new string('é', 300) + ".mp4")!;

        Assert.True(Encoding.UTF8.GetByteCount(name.Value) <= 255);
        Assert.EndsWith(".mp4", name.Value);
    }

    [Theory]
    [InlineData("mp4")]
    [InlineData("m4v")]
    [InlineData("mov")]
    public void Iso_bmff_boxes_that_chain_to_the_end_with_a_movie_header_are_a_video(string extension)
    {
        Assert.Null(VideoContainer.Check(extension, Boxes(("ftyp", 16), ("moov", 100), ("mdat", 1000))));
        Assert.Null(VideoContainer.Check(extension, Boxes(("ftyp", 16), ("mdat", 1000), ("moov", 100), ("free", 0))));
    }

    [Fact]
    public void A_classic_quicktime_movie_needs_no_ftyp_but_an_mp4_does()
    {
        var quickTime = Boxes(("wide", 0), ("mdat", 500), ("moov", 60));

        Assert.Null(VideoContainer.Check("mov", quickTime));
        Assert.Contains("ftyp", VideoContainer.Check("mp4", quickTime));
    }

    [Fact]
    public void A_valid_header_followed_by_something_else_is_not_a_video()
    {
        var boxes = Boxes(("ftyp", 16), ("moov", 40)).ToArray();
        var html = Encoding.ASCII.GetBytes("<html><body>not a video</body></html>");
        var disguised = new MemoryStream([.. Box("free", 8), .. html]); // a free box, then HTML

        Assert.NotNull(VideoContainer.Check("mp4", new MemoryStream([.. boxes, .. html])));
        Assert.NotNull(VideoContainer.Check("mp4", disguised));
        Assert.NotNull(VideoContainer.Check("mp4", Boxes(("ftyp", 16), ("mdat", 100)))); // no moov
        Assert.NotNull(VideoContainer.Check("mp4", new MemoryStream([.. boxes[..^10]]))); // cut short
    }

    [Fact]
    public void A_64_bit_box_size_is_read()
    {
        var large = new byte[16 + 20];
        BinaryPrimitives.WriteUInt32BigEndian(large, 1);
        Encoding.ASCII.GetBytes("mdat").CopyTo(large, 4);
        BinaryPrimitives.WriteUInt64BigEndian(large.AsSpan(8), (ulong)large.Length);

        Assert.Null(VideoContainer.Check("mp4", new MemoryStream([.. Boxes(("ftyp", 16), ("moov", 8)).ToArray(), .. large])));
    }

    [Fact]
    public void Avi_riff_chunks_must_start_with_the_header_list_and_chain_to_the_end()
    {
        Assert.Null(VideoContainer.Check("avi", new MemoryStream(Avi(200))));
        Assert.Null(VideoContainer.Check("avi", new MemoryStream(Avi(201)))); // an odd size, padded
        Assert.NotNull(VideoContainer.Check("avi", new MemoryStream([.. Avi(200), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])));
        Assert.NotNull(VideoContainer.Check("avi", new MemoryStream(Avi(200)[..150])));
        Assert.NotNull(VideoContainer.Check("mp4", new MemoryStream(Avi(200))));
    }

    [Theory]
    [InlineData("0000000140010c01ffff0160")]
    [InlineData("00000140010c01ffff016000")]
    public void An_hevc_stream_starts_with_a_start_code(string hex)
    {
        Assert.Null(VideoContainer.Check("hevc", new MemoryStream(Convert.FromHexString(hex))));
    }

    [Theory]
    [InlineData("mp4", "255044462d312e370a000000")]   // %PDF
    [InlineData("avi", "00000018667479706d703432")]   // an MP4 renamed .avi
    [InlineData("hevc", "4d5a90000300000004000000")]  // a Windows executable
    [InlineData("mp4", "0000")]
    public void Other_bytes_are_not_a_video(string extension, string hex)
    {
        Assert.NotNull(VideoContainer.Check(extension, new MemoryStream(Convert.FromHexString(hex))));
    }

    private static MemoryStream Boxes(params (string Type, int PayloadSize)[] boxes) =>
        new(boxes.SelectMany(b => Box(b.Type, b.PayloadSize)).ToArray());

    private static byte[] Box(string type, int payload)
    {
        var box = new byte[8 + payload];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
        return box;
    }

    private static byte[] Avi(int payload)
    {
        var riff = new byte[12 + 12 + payload + payload % 2];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(riff, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), (uint)(4 + 12 + payload));
        Encoding.ASCII.GetBytes("AVI LIST").CopyTo(riff, 8);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(16), (uint)(4 + payload));
        Encoding.ASCII.GetBytes("hdrl").CopyTo(riff, 20);
        return riff;
    }

    [Fact]
    public void Upload_ids_are_32_random_lower_hex_digits_and_parsed_strictly()
    {
        var id = UploadId.New();

        Assert.True(UploadId.IsValid(id));
        Assert.NotEqual(id, UploadId.New());
        Assert.False(UploadId.IsValid(id.ToUpperInvariant()));
        Assert.False(UploadId.IsValid("../" + id[3..]));
        Assert.False(UploadId.IsValid(id + "0"));
    }
}
