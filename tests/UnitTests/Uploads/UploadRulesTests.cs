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
    [InlineData("mp4", "00000018667479706d703432")]   // ftyp
    [InlineData("mov", "000000086d6f6f7600000000")]   // moov
    [InlineData("m4v", "000000086d64617400000000")]   // mdat
    [InlineData("avi", "524946460000000041564920")]
    [InlineData("hevc", "0000000140010c01ffff0160")]
    [InlineData("hevc", "00000140010c01ffff016000")]
    public void Real_container_headers_match_their_extension(string extension, string hex)
    {
        Assert.True(VideoSignature.Matches(extension, Convert.FromHexString(hex)));
    }

    [Theory]
    [InlineData("mp4", "255044462d312e370a000000")]   // %PDF
    [InlineData("avi", "00000018667479706d703432")]   // an MP4 renamed .avi
    [InlineData("hevc", "4d5a90000300000004000000")]  // a Windows executable
    [InlineData("mp4", "0000")]
    public void Other_bytes_do_not(string extension, string hex)
    {
        Assert.False(VideoSignature.Matches(extension, Convert.FromHexString(hex)));
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
