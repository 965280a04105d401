using Ardalis.Result;

namespace VideoPlatform.Application.Media.OpenMediaFile;

/// <summary>
/// Opens a file of a video for a player: <c>master.m3u8</c>, a rendition's <c>{label}/{file}</c>, the
/// <c>original</c> or the <c>thumbnail</c>. Nothing outside the video's own folders can be named.
/// </summary>
public sealed class OpenMediaFileHandler(MediaLookup lookup, IMediaLibrary library)
{
    public async Task<Result<MediaFile>> HandleAsync(string hash, string name, CancellationToken ct)
    {
        var video = await lookup.FindAsync(hash, ct);
        var file = video is null ? null : library.Open(MediaVideo.Of(video), video.ThumbnailFilename, name);
        return file is null ? Result<MediaFile>.NotFound(video is null ? MediaLookup.NotFound : "File not found") : file;
    }
}
