using Ardalis.Result;
using VideoPlatform.Domain.Media;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Media.GetProcessingStatus;

/// <summary>Where one rendition stands: completed, transcoding (with progress), pending, stopped or failed.</summary>
public sealed record RenditionStatus(string Label, string? Resolution, string Status, int Progress);

/// <summary>
/// Where a video's processing stands. <see cref="Overall"/> is the old transcoder's word for it: running,
/// ok, error or stopped.
/// </summary>
public sealed record ProcessingStatus(
    string Hash,
    string Overall,
    string? TranscodingStatus,
    bool Stopped,
    int Progress,
    string? Error,
    string? OriginalResolution,
    string? OriginalQualityLabel,
    bool MasterReady,
    IReadOnlyList<RenditionStatus> Renditions);

/// <summary>What a video's row says of its processing (from the entity, or from its read model).</summary>
public sealed record ProcessingState(
    string Hash, string? TranscodingStatus, bool Stopped, double? ProcessingProgress, string? ProcessingError, string? OriginalResolution, string? OriginalQualityLabel)
{
    public static ProcessingState Of(VideoMetadata video) => new(video.Hash, video.TranscodingStatus, video.Stopped, video.ProcessingProgress,
        video.ProcessingError, video.OriginalResolution, video.OriginalQualityLabel);

    public static ProcessingState Of(Metadata.VideoDto video) => new(video.Hash, video.TranscodingStatus, video.Stopped, video.ProcessingProgress,
        video.ProcessingError, video.OriginalResolution, video.OriginalQualityLabel);
}

public sealed class GetProcessingStatusHandler(MediaLookup lookup, IMediaLibrary library)
{
    public async Task<Result<ProcessingStatus>> HandleAsync(string hash, CancellationToken ct)
    {
        var video = await lookup.FindAsync(hash, ct);
        return video is null
            ? Result<ProcessingStatus>.NotFound(MediaLookup.NotFound)
            : Describe(ProcessingState.Of(video), library.FinishedRenditions(MediaVideo.Of(video)));
    }

    /// <summary>The status of a video, given the renditions that are finished on disk.</summary>
    public static ProcessingStatus Describe(ProcessingState video, IReadOnlyList<string> finished)
    {
        var overall = video.Stopped ? "stopped" : video.TranscodingStatus switch
        {
            TranscodingStatuses.Completed => "ok",
            TranscodingStatuses.Failed => "error",
            _ => "running",
        };
        var progress = (int)Math.Round(100 * (video.ProcessingProgress ?? 0));
        var pending = video.Stopped ? "stopped" : video.TranscodingStatus ?? TranscodingStatuses.Pending;
        var renditions = new List<RenditionStatus>();
        if (MediaFacts.ParseResolution(video.OriginalResolution) is var (width, height))
        {
            foreach (var rung in Ladder.For(height))
            {
                var size = $"{Ladder.WidthFor(rung, width, height)}x{rung.Height}";
                renditions.Add(finished.Contains(rung.Label)
                    ? new RenditionStatus(rung.Label, size, TranscodingStatuses.Completed, 100)
                    : new RenditionStatus(rung.Label, size, pending, pending == TranscodingStatuses.Transcoding ? progress : 0));
            }
        }

        // Renditions the old transcoder left that today's ladder does not name are still there to play.
        renditions.AddRange(finished.Where(label => renditions.All(r => r.Label != label))
            .Select(label => new RenditionStatus(label, null, TranscodingStatuses.Completed, 100)));
        return new ProcessingStatus(video.Hash, overall, video.TranscodingStatus, video.Stopped,
            video.TranscodingStatus == TranscodingStatuses.Completed ? 100 : progress, video.ProcessingError,
            video.OriginalResolution, video.OriginalQualityLabel, video.TranscodingStatus == TranscodingStatuses.Completed, renditions);
    }
}
