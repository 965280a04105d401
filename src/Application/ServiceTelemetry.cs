using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace VideoPlatform.Application;

/// <summary>
/// The name the service's own traces and metrics go by (OpenTelemetry listens to it; README, "Telemetry"). Meters
/// come from the host's meter factory, so they live and end with the host.
/// </summary>
public static class ServiceTelemetry
{
    public const string Name = "VideoPlatform";

    public static ActivitySource Traces { get; } = new(Name);
}

/// <summary>What the uploads did, whichever protocol brought them (both run these use cases).</summary>
public sealed class UploadMetrics(Meter meter)
{
    private readonly Counter<long> _bytes = meter.CreateCounter<long>("videoplatform.upload.bytes", "By", "Bytes stored, of chunks and of streamed uploads.");
    private readonly Counter<long> _chunks = meter.CreateCounter<long>("videoplatform.upload.chunks", "{chunk}", "Chunks stored (a repeat of a stored chunk not counted).");
    private readonly Counter<long> _completes = meter.CreateCounter<long>("videoplatform.upload.completes", "{upload}", "Uploads completed into a video, by database.");

    public void ChunkStored(long bytes)
    {
        _chunks.Add(1);
        _bytes.Add(bytes);
    }

    /// <summary>Bytes of a streamed upload stored (they are not chunks the client numbered).</summary>
    public void BytesStored(long bytes)
    {
        if (bytes > 0)
        {
            _bytes.Add(bytes);
        }
    }

    public void Completed(bool toCourse) => _completes.Add(1, new KeyValuePair<string, object?>("videoplatform.database", toCourse ? "courses" : "videos"));
}

/// <summary>What the media workers did: each claimed job's outcome and how long it took.</summary>
public sealed class MediaMetrics(Meter meter)
{
    private readonly Histogram<double> _jobs = meter.CreateHistogram<double>("videoplatform.media.job.duration", "s", "Processing jobs (probe, thumbnail, renditions) by outcome.");

    public void JobDone(string outcome, TimeSpan took) =>
        _jobs.Record(took.TotalSeconds, new KeyValuePair<string, object?>("videoplatform.outcome", outcome));
}
