using System.Text;

namespace VideoPlatform.Domain.Uploads;

/// <summary>
/// Whether a file's first bytes look like the container its extension promises, so a renamed
/// document or executable is not filed as a video.
/// </summary>
public static class VideoSignature
{
    /// <summary>How many leading bytes <see cref="Matches"/> needs.</summary>
    public const int HeaderLength = 12;

    // Top-level ISO-BMFF / QuickTime atoms a real file can start with.
    private static readonly string[] IsoBmffAtoms = ["ftyp", "moov", "mdat", "free", "wide", "skip", "pnot"];

    public static bool Matches(string extension, ReadOnlySpan<byte> header) => extension switch
    {
        "mp4" or "mov" or "m4v" => IsIsoBmff(header),
        "avi" => header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("AVI "u8),
        "hevc" => header.StartsWith(new byte[] { 0, 0, 0, 1 }) || header.StartsWith(new byte[] { 0, 0, 1 }),
        _ => false,
    };

    private static bool IsIsoBmff(ReadOnlySpan<byte> header) =>
        header.Length >= 8 && IsoBmffAtoms.Contains(Encoding.ASCII.GetString(header[4..8]));
}
