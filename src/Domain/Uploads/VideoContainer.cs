using System.Buffers.Binary;
using System.Text;

namespace VideoPlatform.Domain.Uploads;

/// <summary>
/// Whether a file is built the way the container its extension promises is built, so a renamed document,
/// or a valid header followed by anything else, is not filed as a video. This is a structural check of the
/// top level, not a decoder: ISO-BMFF/QuickTime boxes (mp4, m4v, mov) must chain exactly to the end of
/// the file and include a <c>moov</c> (and an <c>ftyp</c>, except in classic QuickTime movies); AVI's RIFF
/// chunks must chain to the end, starting with the <c>hdrl</c> list; an HEVC elementary stream must start
/// with an Annex-B start code.
/// </summary>
public static class VideoContainer
{
    /// <summary>More top-level boxes than any real file has; past it the file is refused rather than walked.</summary>
    public const int MaxTopLevelBoxes = 100_000;

    /// <summary>What is wrong with the file's structure, or null when it is sound. Reads a few bytes per box.</summary>
    public static string? Check(string extension, Stream file) => extension switch
    {
        "mp4" or "m4v" => IsoBmff(file, requireFtyp: true),
        "mov" => IsoBmff(file, requireFtyp: false),
        "avi" => Avi(file),
        "hevc" => AnnexB(file),
        _ => $"a .{extension} file is not a video this service accepts",
    };

    private static string? IsoBmff(Stream file, bool requireFtyp)
    {
        Span<byte> header = stackalloc byte[16];
        var length = file.Length;
        long offset = 0;
        bool ftyp = false, moov = false;
        for (var boxes = 0; offset < length; boxes++)
        {
            if (boxes >= MaxTopLevelBoxes || ReadAt(file, offset, header[..8]) < 8)
            {
                return "its boxes do not chain to the end of the file";
            }

            var type = header[4..8];
            if (!IsFourCc(type))
            {
                return $"it has a top-level box without a valid type at byte {offset}";
            }

            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var headerSize = 8;
            if (size == 1)
            {
                if (ReadAt(file, offset + 8, header[8..16]) < 8)
                {
                    return "its last box is cut short";
                }

                size = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(header[8..16]), long.MaxValue);
                headerSize = 16;
            }
            else if (size == 0)
            {
                size = length - offset; // the box runs to the end of the file
            }

            if (size < headerSize || size > length - offset)
            {
                return $"the box '{Encoding.ASCII.GetString(type)}' at byte {offset} claims {size} bytes, which the file does not have";
            }

            ftyp |= type.SequenceEqual("ftyp"u8);
            moov |= type.SequenceEqual("moov"u8);
            offset += size;
        }

        if (requireFtyp && !ftyp)
        {
            return "it has no 'ftyp' box";
        }

        return moov ? null : "it has no 'moov' box (the movie's header)";
    }

    private static string? Avi(Stream file)
    {
        Span<byte> header = stackalloc byte[12];
        var length = file.Length;
        if (ReadAt(file, 0, header) < 12 || !header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("AVI "u8))
        {
            return "it does not start with a RIFF 'AVI ' header";
        }

        if (ReadAt(file, 12, header) < 12 || !header[..4].SequenceEqual("LIST"u8) || !header[8..12].SequenceEqual("hdrl"u8))
        {
            return "its first chunk is not the 'hdrl' header list";
        }

        // The first RIFF chunk, then (OpenDML, files over 1 GB) RIFF 'AVIX' chunks, each padded to an even size.
        long offset = 0;
        for (var chunks = 0; offset < length; chunks++)
        {
            if (chunks >= MaxTopLevelBoxes || ReadAt(file, offset, header) < 12 || !header[..4].SequenceEqual("RIFF"u8) ||
                !(chunks == 0 ? header[8..12].SequenceEqual("AVI "u8) : header[8..12].SequenceEqual("AVIX"u8)))
            {
                return $"its RIFF chunks do not chain to the end of the file (at byte {offset})";
            }

            var size = 8 + (long)BinaryPrimitives.ReadUInt32LittleEndian(header[4..8]);
            size += size % 2;
            if (size > length - offset && !(size - 1 == length - offset))
            {
                return $"the RIFF chunk at byte {offset} claims more bytes than the file has";
            }

            offset += size;
        }

        return null;
    }

    private static string? AnnexB(Stream file)
    {
        Span<byte> header = stackalloc byte[4];
        var read = ReadAt(file, 0, header);
        return read >= 4 && header.StartsWith(new byte[] { 0, 0, 0, 1 }) || read >= 3 && header.StartsWith(new byte[] { 0, 0, 1 })
            ? null
            : "it does not start with an H.265 (Annex B) start code";
    }

    private static bool IsFourCc(ReadOnlySpan<byte> type)
    {
        foreach (var b in type)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return false;
            }
        }

        return true;
    }

    private static int ReadAt(Stream file, long offset, Span<byte> buffer)
    {
        file.Position = offset;
        var total = 0;
        int read;
        while (total < buffer.Length && (read = file.Read(buffer[total..])) > 0)
        {
            total += read;
        }

        return total;
    }
}
