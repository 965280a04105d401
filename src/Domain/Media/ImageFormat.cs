namespace VideoPlatform.Domain.Media;

/// <summary>The image formats a thumbnail may be, recognised by their signature, never by a name a client chose.</summary>
public static class ImageFormat
{
    public const int HeaderLength = 12;

    /// <summary><c>jpg</c>, <c>png</c> or <c>webp</c>, or null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return "jpg";
        }

        if (header.StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "png";
        }

        return header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8) ? "webp" : null;
    }

    public static string ContentType(string extension) => extension switch
    {
        "png" => "image/png",
        "webp" => "image/webp",
        _ => "image/jpeg",
    };
}
