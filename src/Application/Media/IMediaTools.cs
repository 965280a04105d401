using VideoPlatform.Domain.Media;

namespace VideoPlatform.Application.Media;

/// <summary>One rung to encode, at the width that keeps the source's shape.</summary>
public sealed record RungOutput(Rung Rung, int Width);

/// <summary>Encode a source into HLS renditions under <see cref="OutputFolder"/> (one folder per rung label).</summary>
public sealed record EncodeJob(string Source, MediaFacts Facts, IReadOnlyList<RungOutput> Rungs, string OutputFolder);

/// <summary>How an encode ended; <see cref="Error"/> is what an operator reads when it failed.</summary>
public sealed record EncodeOutcome(bool Succeeded, string? Error)
{
    public static EncodeOutcome Success { get; } = new(true, null);

    public static EncodeOutcome Failure(string error) => new(false, error);
}

/// <summary>The media tools (ffprobe, ffmpeg): what a file holds, a frame of it, its renditions.</summary>
public interface IMediaTools
{
    /// <summary>Whether the tools are installed; without them videos wait, pending.</summary>
    bool IsAvailable { get; }

    /// <summary>The file's facts, or null when it is not a media file the tools can read.</summary>
    Task<MediaFacts?> ProbeAsync(string source, CancellationToken ct);

    /// <summary>Writes one frame at <paramref name="atSeconds"/> as a JPEG; the error, or null.</summary>
    Task<string?> CaptureFrameAsync(string source, double atSeconds, string target, CancellationToken ct);

    /// <summary>Decodes the source once and encodes every rung from it; reports progress from 0 to 1.
    /// Cancelling stops the encoder at once (the caller discards what it wrote).</summary>
    Task<EncodeOutcome> EncodeAsync(EncodeJob job, IProgress<double> progress, CancellationToken ct);
}
