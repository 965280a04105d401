namespace VideoPlatform.Api.Media;

/// <summary>Content types and caching for a video's files, by what they are.</summary>
internal static class MediaTypes
{
    public static string Of(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".m3u8" => "application/vnd.apple.mpegurl",
        ".ts" => "video/mp2t",
        ".mp4" or ".m4v" or ".m4s" => "video/mp4",
        ".mov" => "video/quicktime",
        ".avi" => "video/x-msvideo",
        ".hevc" => "video/hevc",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };

    /// <summary>
    /// Segments never change once written (a re-run writes new renditions in their place only after its own
    /// finish), so they are cached for good; playlists, the original and the thumbnail can be replaced.
    /// </summary>
    public static string CacheControl(string name) => Path.GetExtension(name) switch
    {
        ".ts" or ".m4s" => "public, max-age=31536000, immutable",
        ".m3u8" => "public, max-age=30",
        _ => "public, max-age=300",
    };
}
