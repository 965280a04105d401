using VideoPlatform.Application.Media.GetProcessingStatus;
using VideoPlatform.Application.Media.GetQualities;

namespace VideoPlatform.Api.Media;

/// <summary>The old streaming service's answer to <c>/video/{hash}/qualities</c>: the renditions by label, and the original.</summary>
public sealed record QualitiesResponse(
    string? Master,
    IReadOnlyDictionary<string, object> Qualities,
    IReadOnlyList<string> Available,
    string? OriginalQualityLabel,
    string? OriginalResolution)
{
    public static QualitiesResponse From(Qualities value)
    {
        var qualities = new Dictionary<string, object>();
        foreach (var rendition in value.Renditions)
        {
            qualities[rendition.Label] = new RenditionEntry(rendition.Playlist, rendition.Resolution, rendition.Bandwidth, rendition.AverageBandwidth);
        }

        if (value.OriginalFile is { } file)
        {
            qualities["original"] = new OriginalEntry(file, value.OriginalResolution, value.OriginalQualityLabel);
        }

        return new QualitiesResponse(value.Master, qualities, [.. qualities.Keys], value.OriginalQualityLabel, value.OriginalResolution);
    }
}

public sealed record RenditionEntry(string Playlist, string? Resolution, int? Bandwidth, int? AverageBandwidth);

public sealed record OriginalEntry(string File, string? Resolution, string? QualityLabel);

/// <summary>The old transcoder's status answer; <c>transcoding_status</c> and <c>error</c> added for operators.</summary>
public sealed record TranscodeStatusResponse(
    string Overall,
    IReadOnlyDictionary<string, RenditionProgress> Qualities,
    string? OriginalResolution,
    string? OriginalQualityLabel,
    string? TranscodingStatus,
    int Progress,
    string? Error)
{
    public static TranscodeStatusResponse From(ProcessingStatus status) => new(status.Overall,
        status.Renditions.ToDictionary(r => r.Label, r => new RenditionProgress(r.Status, r.Progress)),
        status.OriginalResolution, status.OriginalQualityLabel, status.TranscodingStatus, status.Progress, status.Error);
}

public sealed record RenditionProgress(string Status, int Progress);

/// <summary>The old transcoder's <c>/transcode/{hash}/qualities</c>: the master, and each rendition's state.</summary>
public sealed record TranscodeQualitiesResponse(string? Master, IReadOnlyDictionary<string, TranscodeQuality> Qualities)
{
    public static TranscodeQualitiesResponse From(ProcessingStatus status) => new(status.MasterReady ? "master.m3u8" : null,
        status.Renditions.ToDictionary(r => r.Label, r => new TranscodeQuality(r.Status, r.Progress, r.Resolution)));
}

public sealed record TranscodeQuality(string Status, int Progress, string? Resolution);
