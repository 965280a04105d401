using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using VideoPlatform.Application.Media;
using VideoPlatform.Domain.Media;
using VideoPlatform.Domain.Uploads;
using VideoPlatform.Infrastructure.Storage;

namespace VideoPlatform.Infrastructure.Media;

/// <summary>
/// A video's files under the storage root, in the old system's layout (see <see cref="MediaVideo"/>):
/// <c>originals/{course|default}/{hash}/{filename}</c> with the thumbnail beside it, and
/// <c>hls/[{course}/]{hash}/</c> holding <c>master.m3u8</c> and one folder per rendition
/// (<c>playlist.m3u8</c>, <c>segment_0000.ts</c>, …). An encode writes into <c>.work-{id}/</c> there, and
/// finished renditions are moved into place.
/// </summary>
internal sealed partial class FileSystemMediaLibrary(StorageRoot root, ILogger<FileSystemMediaLibrary> logger) : IMediaLibrary
{
    private const string Master = "master.m3u8";
    private const string WorkPrefix = ".work-";

    public string? FindOriginal(MediaVideo video)
    {
        var folder = root.Resolve(video.OriginalFolder);
        if (video.Filename is { } name && !name.Contains('/') && !name.Contains('\\') && File.Exists(Path.Combine(folder, name)))
        {
            return Path.Combine(folder, name);
        }

        // A row whose filename changed, or an old row: the folder's one file that is not a thumbnail.
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).FirstOrDefault(f => !Path.GetFileName(f).StartsWith("thumbnail.", StringComparison.Ordinal))
            : null;
    }

    public IReadOnlyList<string> FinishedRenditions(MediaVideo video)
    {
        var folder = root.Resolve(video.RenditionFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateDirectories(folder)
            .Where(d => IsLabel(Path.GetFileName(d)) && IsFinished(Path.Combine(d, "playlist.m3u8")))
            .Select(d => Path.GetFileName(d)!)
            .ToList();
    }

    public string StartWork(MediaVideo video)
    {
        DiscardWork(video);
        var work = Path.Combine(root.Resolve(video.RenditionFolder), $"{WorkPrefix}{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        return work;
    }

    public Task PublishRenditionsAsync(MediaVideo video, string workFolder, IReadOnlyList<Rung> rungs, CancellationToken ct)
    {
        var folder = root.Resolve(video.RenditionFolder);
        foreach (var rung in rungs)
        {
            var target = Path.Combine(folder, rung.Label);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(Path.Combine(workFolder, rung.Label), target);
        }

        DurableFiles.FlushFolder(folder);
        Directory.Delete(workFolder, recursive: true);
        return Task.CompletedTask;
    }

    public async Task WriteMasterPlaylistAsync(MediaVideo video, IReadOnlyList<RungOutput> renditions, bool hasAudio, CancellationToken ct)
    {
        var text = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        foreach (var (rung, width) in renditions.Select(r => (r.Rung, r.Width)))
        {
            var codecs = hasAudio ? $"{Ladder.VideoCodec(rung)},{Ladder.AudioCodec}" : Ladder.VideoCodec(rung);
            var bandwidth = hasAudio ? rung.Bandwidth : rung.VideoPeak;
            var average = hasAudio ? rung.AverageBandwidth : rung.VideoAverage;
            text.Append($"#EXT-X-STREAM-INF:BANDWIDTH={bandwidth},AVERAGE-BANDWIDTH={average},RESOLUTION={width}x{rung.Height},CODECS=\"{codecs}\"\n");
            text.Append($"{rung.Label}/playlist.m3u8\n");
        }

        var path = Path.Combine(root.Resolve(video.RenditionFolder), Master);
        var part = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(part, text.ToString(), ct);
        File.Move(part, path, overwrite: true);
    }

    public void DiscardWork(MediaVideo video)
    {
        var folder = root.Resolve(video.RenditionFolder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var work in Directory.EnumerateDirectories(folder, $"{WorkPrefix}*"))
        {
            Remove(work);
        }
    }

    public void DeleteRenditions(MediaVideo video) => Remove(root.Resolve(video.RenditionFolder));

    public string ThumbnailPath(MediaVideo video, string extension)
    {
        var folder = root.Resolve(video.OriginalFolder);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"thumbnail.{extension}");
    }

    public async Task<string> SaveThumbnailAsync(MediaVideo video, Stream image, string extension, CancellationToken ct)
    {
        var path = ThumbnailPath(video, extension);
        var part = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(part, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await image.CopyToAsync(file, ct);
                file.Flush(flushToDisk: true);
            }

            File.Move(part, path, overwrite: true);
        }
        finally
        {
            File.Delete(part);
        }

        // One thumbnail per video: another format's is gone with the replacement.
        foreach (var other in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "thumbnail.*").Where(f => f != path))
        {
            DurableFiles.TryDelete(other);
        }

        return Path.GetFileName(path);
    }

    public MediaFile? Open(MediaVideo video, string? thumbnailFilename, string name)
    {
        var path = name switch
        {
            "original" => FindOriginal(video),
            "thumbnail" => thumbnailFilename is { } thumbnail && SafeName().IsMatch(thumbnail) ? Path.Combine(root.Resolve(video.OriginalFolder), thumbnail) : null,
            Master => Path.Combine(root.Resolve(video.RenditionFolder), Master),
            _ when name.Split('/') is [var label, var file] && IsLabel(label) && SafeName().IsMatch(file) =>
                Path.Combine(root.Resolve(video.RenditionFolder), label, file),
            _ => null,
        };
        if (path is null)
        {
            return null;
        }

        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous);
            return new MediaFile(stream, Path.GetFileName(path), stream.Length, File.GetLastWriteTimeUtc(path));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public Task DeleteAsync(string hash, CancellationToken ct)
    {
        // A video can move between courses, so every course folder is looked in.
        foreach (var top in new[] { "originals", "hls" })
        {
            var folder = root.Resolve(top);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            RemoveInside(Path.Combine(top, hash));
            foreach (var course in Directory.EnumerateDirectories(folder).Where(d => CourseFolder().IsMatch(Path.GetFileName(d)!) || Path.GetFileName(d) == "default"))
            {
                RemoveInside(Path.Combine(top, Path.GetFileName(course)!, hash));
            }
        }

        if (UploadId.IsValid(hash))
        {
            Remove(Path.Combine(root.Uploads, hash));
        }

        return Task.CompletedTask;
    }

    /// <summary>Removes a folder named from a row's hash, which for an old row could be anything: never outside the root.</summary>
    private void RemoveInside(string relative)
    {
        try
        {
            Remove(root.Resolve(relative));
        }
        catch (InvalidOperationException)
        {
            logger.LogWarning("Not removing {Folder}: it would be outside the storage root", relative);
        }
    }

    private static bool IsLabel(string? name) => name is not null && LabelPattern().IsMatch(name);

    private static bool IsFinished(string playlist)
    {
        try
        {
            return File.Exists(playlist) && File.ReadAllText(playlist).Contains("#EXT-X-ENDLIST", StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void Remove(string folder)
    {
        try
        {
            // Renamed away first: a worker on another instance sharing the storage cannot write into it meanwhile.
            FolderRemoval.Remove(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Could not remove {Folder}; remove it by hand", folder);
        }
    }

    [GeneratedRegex("^[0-9]{2,4}p$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex SafeName();

    [GeneratedRegex("^[0-9]{1,10}$")]
    private static partial Regex CourseFolder();
}
