using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPlatform.Domain.Media;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Media.ProcessVideo;

public enum ProcessingOutcome
{
    /// <summary>Another worker had it, or it was no longer due.</summary>
    NotClaimed,
    Completed,
    Failed,

    /// <summary>Stopped by its stop flag, or the claim was lost; the work done is kept or discarded safely.</summary>
    Interrupted,
}

/// <summary>
/// Processes one video end to end, once this worker has claimed it: probe the original (resolution,
/// quality label, duration), take a thumbnail about a tenth in, encode the renditions still missing in one
/// decode, write the master playlist, and mark it completed. A video whose original is missing or
/// unreadable fails once, with the reason. While encoding, the claim is renewed and the stop flag
/// checked; a stop ends the encode at once and leaves the finished renditions for the resume.
/// </summary>
public sealed class ProcessVideoHandler(
    IProcessingQueue queue, IMediaLibrary library, IMediaTools tools, IOptions<MediaOptions> options, TimeProvider clock, ILogger<ProcessVideoHandler> logger,
    MediaMetrics metrics)
{
    public const string ThumbnailName = "thumbnail.jpg";

    public async Task<ProcessingOutcome> HandleAsync(MediaVideo candidate, string worker, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await queue.TryClaimAsync(candidate, worker, now, now + options.Value.Lease, ct) ||
            await queue.FindAsync(candidate, ct) is not { } video)
        {
            return ProcessingOutcome.NotClaimed;
        }

        using var span = ServiceTelemetry.Traces.StartActivity("media.process");
        span?.SetTag("videoplatform.video.hash", video.Hash);
        var started = clock.GetTimestamp();
        try
        {
            var outcome = await ProcessAsync(MediaVideo.Of(video), video, worker, ct);
            span?.SetTag("videoplatform.outcome", outcome.ToString());
            metrics.JobDone(outcome.ToString(), clock.GetElapsedTime(started));
            return outcome;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The service is stopping: hand the video back at once rather than after the lease lapses.
            library.DiscardWork(candidate);
            video.ReleaseProcessing();
            await queue.SaveAsync(video, worker, CancellationToken.None);
            throw;
        }
    }

    private async Task<ProcessingOutcome> ProcessAsync(MediaVideo media, VideoMetadata video, string worker, CancellationToken ct)
    {
        if (video.ProcessingAttempts > VideoMetadata.MaxProcessingAttempts)
        {
            return await FailAsync(media, video, worker, $"Processing was started {VideoMetadata.MaxProcessingAttempts} times and never finished; " +
                                                          "its worker stopped each time. Check the file, then re-run it.");
        }

        if (library.FindOriginal(media) is not { } original)
        {
            return await FailAsync(media, video, worker, $"The original file is missing (looked in {media.OriginalFolder}).");
        }

        var facts = await tools.ProbeAsync(original, ct);
        if (facts is null || !facts.HasVideo)
        {
            if (facts is not null)
            {
                video.RecordFacts(facts);
            }

            return await FailAsync(media, video, worker, facts is null
                ? "The original is not a video the encoder can read (ffprobe refused it)."
                : "The original has no video stream.");
        }

        video.RecordFacts(facts);
        await CaptureThumbnailAsync(media, video, original, facts, ct);
        if (!await queue.SaveAsync(video, worker, ct))
        {
            return ProcessingOutcome.Interrupted;
        }

        var ladder = Ladder.For(facts.Height!.Value).Select(r => new RungOutput(r, Ladder.WidthFor(r, facts.Width!.Value, facts.Height.Value))).ToList();
        var finished = library.FinishedRenditions(media);
        var missing = ladder.Where(r => !finished.Contains(r.Rung.Label)).ToList();
        if (missing.Count > 0)
        {
            var encoded = await EncodeAsync(media, video, worker, new EncodeJob(original, facts, missing, library.StartWork(media)), ct);
            if (encoded is not null)
            {
                return encoded.Value;
            }
        }

        await library.WriteMasterPlaylistAsync(media, ladder, facts.HasAudio, ct);
        video.CompleteProcessing();
        logger.LogInformation("Processed video {Hash}: {Resolution}, renditions {Rungs}", media.Hash, facts.Resolution, string.Join(", ", ladder.Select(r => r.Rung.Label)));
        return await queue.SaveAsync(video, worker, ct) ? ProcessingOutcome.Completed : ProcessingOutcome.Interrupted;
    }

    /// <summary>Null when the rungs are in place; otherwise how processing ended.</summary>
    private async Task<ProcessingOutcome?> EncodeAsync(MediaVideo media, VideoMetadata video, string worker, EncodeJob job, CancellationToken ct)
    {
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var lease = new LeaseKeeper(queue, media, worker, options.Value, clock, interrupt);
        EncodeOutcome? outcome;
        try
        {
            outcome = await tools.EncodeAsync(job, lease, interrupt.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            outcome = null; // the lease keeper stopped the encoder: a stop, or the claim was lost
        }

        await lease.DisposeAsync();
        ct.ThrowIfCancellationRequested();

        if (lease.Lost || outcome is null)
        {
            library.DiscardWork(media);
            return await PauseIfStoppedAsync(media, worker, ct);
        }

        if (!outcome.Succeeded)
        {
            library.DiscardWork(media);
            return await FailAsync(media, video, worker, $"The encoder failed: {outcome.Error}");
        }

        await library.PublishRenditionsAsync(media, job.OutputFolder, job.Rungs.Select(r => r.Rung).ToList(), ct);
        return null;
    }

    /// <summary>A lost claim is a stop (the renew refused because of the stop flag) or another worker's takeover.</summary>
    private async Task<ProcessingOutcome> PauseIfStoppedAsync(MediaVideo media, string worker, CancellationToken ct)
    {
        if (await queue.FindAsync(media, ct) is { Stopped: true } stopped && stopped.ProcessingClaimedBy == worker)
        {
            stopped.PauseProcessing();
            await queue.SaveAsync(stopped, worker, ct);
            logger.LogInformation("Processing of video {Hash} stopped; it resumes from its finished renditions", media.Hash);
        }

        return ProcessingOutcome.Interrupted;
    }

    private async Task CaptureThumbnailAsync(MediaVideo media, VideoMetadata video, string original, MediaFacts facts, CancellationToken ct)
    {
        // A thumbnail someone chose stays; the pipeline only fills in a missing one (or refreshes its own).
        if (video.ThumbnailFilename is { } existing && existing != ThumbnailName)
        {
            return;
        }

        var error = await tools.CaptureFrameAsync(original, facts.ThumbnailAt, library.ThumbnailPath(media, "jpg"), ct);
        if (error is null)
        {
            video.SetThumbnail(ThumbnailName);
        }
        else
        {
            logger.LogWarning("No thumbnail for video {Hash}: {Error}", media.Hash, error);
        }
    }

    private async Task<ProcessingOutcome> FailAsync(MediaVideo media, VideoMetadata video, string worker, string reason)
    {
        video.FailProcessing(reason);
        logger.LogError("Processing of video {Hash} failed: {Reason}", media.Hash, reason);
        await queue.SaveAsync(video, worker, CancellationToken.None);
        return ProcessingOutcome.Failed;
    }
}
