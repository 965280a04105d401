using System.Globalization;
using System.Text;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Api.Uploads.Tus;

/// <summary>
/// The tus 1.0 headers (https://tus.io/protocols/resumable-upload): read into typed values, each bounded in
/// length before it is looked at character by character, and written back. Parsing answers a sentence a
/// client developer can act on, or null when the header is fine.
/// </summary>
internal static class TusHeaders
{
    public const string Version = "1.0.0";
    public const string Extensions = "creation,creation-with-upload,expiration,checksum,termination,concatenation";
    public const string ChecksumAlgorithms = "sha1,sha256";
    public const string OffsetContentType = "application/offset+octet-stream";

    public const string Resumable = "Tus-Resumable";
    public const string UploadLength = "Upload-Length";
    public const string UploadOffset = "Upload-Offset";
    public const string UploadMetadata = "Upload-Metadata";
    public const string UploadChecksum = "Upload-Checksum";
    public const string UploadConcat = "Upload-Concat";
    public const string UploadExpires = "Upload-Expires";
    public const string UploadDeferLength = "Upload-Defer-Length";
    public const string UploadHash = "Upload-Hash";

    /// <summary>What a browser must be allowed to send and to read for a tus client to work across origins.</summary>
    public static readonly string[] RequestHeaders =
        [Resumable, UploadLength, UploadOffset, UploadMetadata, UploadChecksum, UploadConcat, UploadDeferLength, "X-HTTP-Method-Override"];

    public static readonly string[] ResponseHeaders =
        [Resumable, "Tus-Version", "Tus-Extension", "Tus-Max-Size", "Tus-Checksum-Algorithm", UploadLength, UploadOffset, UploadMetadata, UploadExpires, UploadConcat, UploadHash];

    private const int MaxMetadataChars = 8 * 1024;
    private const int MaxMetadataPairs = 32;
    private const int MaxMetadataKeyChars = 64;
    private const int MaxConcatChars = 16 * 1024;
    private const int MaxChecksumChars = 128;

    /// <summary>A non-negative byte count (Upload-Length, Upload-Offset).</summary>
    public static long? ByteCount(string? text) =>
        text is { Length: > 0 and <= 19 } && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>Upload-Metadata: comma-separated <c>key base64value</c> pairs (the value may be left out).</summary>
    public static string? TryReadMetadata(string? header, out Dictionary<string, string> metadata)
    {
        metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        if (header.Length > MaxMetadataChars)
        {
            return $"{UploadMetadata} may be at most {MaxMetadataChars} characters long.";
        }

        var pairs = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (pairs.Length > MaxMetadataPairs)
        {
            return $"{UploadMetadata} may carry at most {MaxMetadataPairs} keys.";
        }

        foreach (var pair in pairs)
        {
            var parts = pair.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var key = parts[0];
            if (parts.Length > 2 || key.Length > MaxMetadataKeyChars || !key.All(c => char.IsAscii(c) && !char.IsControl(c)))
            {
                return $"{UploadMetadata} must be comma-separated pairs of a key (ASCII, at most {MaxMetadataKeyChars} characters) and a Base64 value; '{Shorten(pair)}' is not.";
            }

            try
            {
                metadata[key] = parts.Length == 2 ? new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(parts[1])) : string.Empty;
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                return $"The value of '{Shorten(key)}' in {UploadMetadata} must be Base64-encoded UTF-8.";
            }
        }

        return null;
    }

    public static string WriteMetadata(IReadOnlyDictionary<string, string> metadata) => string.Join(",", metadata.Select(pair =>
        pair.Value.Length == 0 ? pair.Key : $"{pair.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(pair.Value))}"));

    /// <summary>Upload-Checksum: <c>algorithm base64digest</c>, sha1 or sha256.</summary>
    public static string? TryReadChecksum(string? header, out ExpectedDigest? digest)
    {
        digest = null;
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        var parts = header.Length <= MaxChecksumChars ? header.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (parts.Length != 2)
        {
            return $"{UploadChecksum} must be an algorithm ({ChecksumAlgorithms}) and the Base64 digest of the body, separated by a space.";
        }

        var (algorithm, size) = parts[0].ToLowerInvariant() switch
        {
            "sha1" => (DigestAlgorithm.Sha1, 20),
            "sha256" => (DigestAlgorithm.Sha256, 32),
            _ => ((DigestAlgorithm?)null, 0),
        };
        if (algorithm is null)
        {
            return $"{UploadChecksum} algorithm '{Shorten(parts[0])}' is not supported; use one of {ChecksumAlgorithms}.";
        }

        var value = new byte[size];
        if (!Convert.TryFromBase64String(parts[1], value, out var written) || written != size)
        {
            return $"The {parts[0]} digest in {UploadChecksum} must be {size} bytes, Base64-encoded.";
        }

        digest = new ExpectedDigest(algorithm.Value, value);
        return null;
    }

    /// <summary>Upload-Concat: <c>partial</c>, or <c>final;</c> and the parts' URLs separated by spaces.</summary>
    public static string? TryReadConcat(string? header, out bool partial, out IReadOnlyList<string>? parts)
    {
        partial = false;
        parts = null;
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        if (header.Length > MaxConcatChars)
        {
            return $"{UploadConcat} may be at most {MaxConcatChars} characters long.";
        }

        if (header == "partial")
        {
            partial = true;
            return null;
        }

        if (!header.StartsWith("final;", StringComparison.Ordinal))
        {
            return $"{UploadConcat} must be 'partial', or 'final;' followed by the URLs of the parts in order.";
        }

        // A part is named by its URL, absolute or not; its id is the last path segment.
        var ids = header["final;".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(url => url.TrimEnd('/')).Select(url => url[(url.LastIndexOf('/') + 1)..]).ToList();
        if (ids.Count == 0 || ids.Any(id => !UploadId.IsValid(id)))
        {
            return $"Each part in {UploadConcat} must be the URL the part's creation answered in Location.";
        }

        parts = ids;
        return null;
    }

    public static string Date(DateTime utc) => utc.ToString("R", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
