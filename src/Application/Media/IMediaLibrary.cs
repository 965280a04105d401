using VideoPlatform.Domain.Media;

namespace VideoPlatform.Application.Media;

/// <summary>A file of a video, opened for reading; disposing it closes the file.</summary>
public sealed record MediaFile(Stream Content, string Name, long Length, DateTimeOffset LastModified) : IDisposable
{
    public void Dispose() => Content.Dispose();
}

/// <summary>
/// Every file a video has in storage: its original, its thumbnail, its renditions, the record of its
/// upload. Encodes write into a work folder of their own and only finished renditions are moved into
/// place, so a player never sees half a rendition and a crashed encode leaves nothing a reader would take.
/// </summary>
public interface IMediaLibrary
{
    /// <summary>The original's path, or null when it is not on disk.</summary>
    string? FindOriginal(MediaVideo video);

    /// <summary>The labels of the renditions that are complete (their playlist ends).</summary>
    IReadOnlyList<string> FinishedRenditions(MediaVideo video);

    /// <summary>A fresh, empty folder for one encode; earlier encodes' leftovers are removed.</summary>
    string StartWork(MediaVideo video);

    /// <summary>Moves the rungs an encode finished from its work folder into place, then removes the work folder.</summary>
    Task PublishRenditionsAsync(MediaVideo video, string workFolder, IReadOnlyList<Rung> rungs, CancellationToken ct);

    /// <summary>Writes the master playlist listing these renditions (replacing it atomically).</summary>
    Task WriteMasterPlaylistAsync(MediaVideo video, IReadOnlyList<RungOutput> renditions, bool hasAudio, CancellationToken ct);

    /// <summary>Removes an encode's work folder (a failed or stopped encode).</summary>
    void DiscardWork(MediaVideo video);

    /// <summary>Removes the video's renditions and master playlist (processing starts over).</summary>
    void DeleteRenditions(MediaVideo video);

    /// <summary>Where a thumbnail with this extension lives (beside the original).</summary>
    string ThumbnailPath(MediaVideo video, string extension);

    /// <summary>Stores a thumbnail beside the original, replacing any other thumbnail; answers its file name.</summary>
    Task<string> SaveThumbnailAsync(MediaVideo video, Stream image, string extension, CancellationToken ct);

    /// <summary>Opens a file of the video: <c>original</c>, <c>thumbnail</c>, <c>master.m3u8</c>, or
    /// <c>{label}/{file}</c> of a rendition; null when it does not exist or the name is not one of these.</summary>
    MediaFile? Open(MediaVideo video, string? thumbnailFilename, string name);

    /// <summary>Removes every file the video has, wherever it is; a video without files is not an error.</summary>
    Task DeleteAsync(string hash, CancellationToken ct);
}
