using Ardalis.Result;
using VideoPlatform.Domain.Media;

namespace VideoPlatform.Application.Media.GetQualities;

/// <summary>One playable rendition, as the master playlist lists it.</summary>
public sealed record PlayableRendition(string Label, string Playlist, string? Resolution, int? Bandwidth, int? AverageBandwidth);

/// <summary>
/// What a player can play of a video: the master playlist and its renditions (read from the master
/// playlist itself, so the old transcoder's renditions are listed as ours are), and the original.
/// </summary>
public sealed record Qualities(
    string? Master,
    IReadOnlyList<PlayableRendition> Renditions,
    string? OriginalFile,
    string? OriginalResolution,
    string? OriginalQualityLabel);

public sealed class GetQualitiesHandler(MediaLookup lookup, IMediaLibrary library)
{
    public async Task<Result<Qualities>> HandleAsync(string hash, CancellationToken ct)
    {
        var video = await lookup.FindAsync(hash, ct);
        if (video is null)
        {
            return Result<Qualities>.NotFound(MediaLookup.NotFound);
        }

        var media = MediaVideo.Of(video);
        var original = library.FindOriginal(media) is { } path ? Path.GetFileName(path) : null;
        var renditions = new List<PlayableRendition>();
        using (var master = library.Open(media, video.ThumbnailFilename, "master.m3u8"))
        {
            if (master is not null)
            {
                using var reader = new StreamReader(master.Content);
                renditions.AddRange(MasterPlaylist.Read(await reader.ReadToEndAsync(ct)));
            }
        }

        if (renditions.Count == 0 && original is null)
        {
            return Result<Qualities>.NotFound(MediaLookup.NotFound);
        }

        return new Qualities(renditions.Count > 0 ? "master.m3u8" : null, renditions, original, video.OriginalResolution,
            video.OriginalQualityLabel ?? QualityLabel.For(MediaFacts.ParseResolution(video.OriginalResolution)?.Height));
    }
}
