using VideoPlatform.Application;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Media.ProcessVideo;
using VideoPlatform.Domain.Media;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.UnitTests.Media;

/// <summary>The pipeline's decisions over fakes: what is encoded, what fails, what a stop does.</summary>
public sealed class ProcessVideoTests
{
    private static readonly MediaVideo Candidate = new("h", VideoKind.Admin, null, "f.mp4");
    private readonly FakeQueue _queue = new();
    private readonly FakeLibrary _library = new();
    private readonly FakeTools _tools = new();

    private ProcessVideoHandler Handler() => new(_queue, _library, _tools,
        Options.Create(new MediaOptions { RenewEvery = TimeSpan.Zero }), TimeProvider.System, NullLogger<ProcessVideoHandler>.Instance,
        new MediaMetrics(new System.Diagnostics.Metrics.Meter(nameof(ProcessVideoTests))));

    [Fact]
    public async Task Every_missing_rung_is_encoded_in_one_job_and_the_video_completes()
    {
        var outcome = await Handler().HandleAsync(Candidate, "w", default);

        Assert.Equal(ProcessingOutcome.Completed, outcome);
        Assert.Equal(["720p", "480p", "360p", "240p"], Assert.Single(_tools.Jobs).Rungs.Select(r => r.Rung.Label));
        Assert.Equal(("completed", "1280x720", "720p", "thumbnail.jpg"),
            (_queue.Video.TranscodingStatus, _queue.Video.OriginalResolution, _queue.Video.OriginalQualityLabel, _queue.Video.ThumbnailFilename));
        Assert.Equal(4, _library.Master.Count);
    }

    [Fact]
    public async Task Rungs_already_finished_are_not_encoded_again()
    {
        _library.Finished.AddRange(["720p", "480p"]);

        await Handler().HandleAsync(Candidate, "w", default);

        Assert.Equal(["360p", "240p"], Assert.Single(_tools.Jobs).Rungs.Select(r => r.Rung.Label));
        Assert.Equal(4, _library.Master.Count);
    }

    [Fact]
    public async Task A_missing_original_fails_the_video_once_with_the_reason_and_encodes_nothing()
    {
        _library.Original = null;

        Assert.Equal(ProcessingOutcome.Failed, await Handler().HandleAsync(Candidate, "w", default));
        Assert.Equal("failed", _queue.Video.TranscodingStatus);
        Assert.Contains("missing", _queue.Video.ProcessingError);
        Assert.Empty(_tools.Jobs);
    }

    [Fact]
    public async Task An_encoder_failure_fails_the_video_and_discards_its_work()
    {
        _tools.Result = EncodeOutcome.Failure("Invalid data found when processing input");

        Assert.Equal(ProcessingOutcome.Failed, await Handler().HandleAsync(Candidate, "w", default));
        Assert.Contains("Invalid data", _queue.Video.ProcessingError);
        Assert.Equal(1, _library.Discarded);
        Assert.Empty(_library.Master);
    }

    [Fact]
    public async Task A_refused_renewal_stops_the_encoder_and_a_stopped_video_goes_back_to_pending()
    {
        _tools.ReportsProgress = true;
        _queue.RefuseRenewal = true;
        _queue.Video.Apply(new VideoChanges { Stopped = true });

        Assert.Equal(ProcessingOutcome.Interrupted, await Handler().HandleAsync(Candidate, "w", default));
        Assert.Equal("pending", _queue.Video.TranscodingStatus);
        Assert.Null(_queue.Video.ProcessingClaimedBy);
        Assert.Equal(1, _library.Discarded);
    }

    [Fact]
    public async Task A_video_whose_claims_keep_dying_is_failed_instead_of_tried_forever()
    {
        _queue.Attempts = VideoMetadata.MaxProcessingAttempts + 1;

        Assert.Equal(ProcessingOutcome.Failed, await Handler().HandleAsync(Candidate, "w", default));
        Assert.Contains("never finished", _queue.Video.ProcessingError);
    }

    [Fact]
    public async Task A_thumbnail_someone_chose_is_kept()
    {
        _queue.Video.SetThumbnail("thumbnail.png");

        await Handler().HandleAsync(Candidate, "w", default);

        Assert.Equal("thumbnail.png", _queue.Video.ThumbnailFilename);
        Assert.Equal(0, _tools.Frames);
    }

    private sealed class FakeQueue : IProcessingQueue
    {
        public Video Video { get; } = Video.Create("h", "f.mp4", new VideoChanges(), null, DateTime.UtcNow);

        public bool RefuseRenewal { get; set; }

        public int Attempts { get; set; } = 1;

        public Task<IReadOnlyList<MediaVideo>> ListDueAsync(DateTime now, int max, CancellationToken ct) => Task.FromResult<IReadOnlyList<MediaVideo>>([Candidate]);

        public Task<bool> TryClaimAsync(MediaVideo video, string worker, DateTime now, DateTime leaseUntil, CancellationToken ct)
        {
            Set(nameof(VideoMetadata.TranscodingStatus), TranscodingStatuses.Transcoding);
            Set(nameof(VideoMetadata.ProcessingClaimedBy), worker);
            Set(nameof(VideoMetadata.ProcessingAttempts), Attempts);
            return Task.FromResult(true);
        }

        public Task<bool> RenewAsync(MediaVideo video, string worker, DateTime leaseUntil, double progress, CancellationToken ct) => Task.FromResult(!RefuseRenewal);

        public Task<VideoMetadata?> FindAsync(MediaVideo video, CancellationToken ct) => Task.FromResult<VideoMetadata?>(Video);

        public Task<bool> SaveAsync(VideoMetadata video, string? worker, CancellationToken ct) => Task.FromResult(true);

        public Task<IReadOnlyList<VideoMetadata>> ListScheduledReadyAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<VideoMetadata>>([]);

        // The claim is the queue's doing (an UPDATE), not the entity's.
        private void Set(string property, object value) => typeof(VideoMetadata).GetProperty(property)!.SetValue(Video, value);
    }

    private sealed class FakeLibrary : IMediaLibrary
    {
        public string? Original { get; set; } = "/originals/default/h/f.mp4";

        public List<string> Finished { get; } = [];

        public List<RungOutput> Master { get; } = [];

        public int Discarded { get; private set; }

        public string? FindOriginal(MediaVideo video) => Original;

        public IReadOnlyList<string> FinishedRenditions(MediaVideo video) => Finished;

        public string StartWork(MediaVideo video) => "/hls/h/.work";

        public Task PublishRenditionsAsync(MediaVideo video, string workFolder, IReadOnlyList<Rung> rungs, CancellationToken ct)
        {
            Finished.AddRange(rungs.Select(r => r.Label));
            return Task.CompletedTask;
        }

        public Task WriteMasterPlaylistAsync(MediaVideo video, IReadOnlyList<RungOutput> renditions, bool hasAudio, CancellationToken ct)
        {
            Master.AddRange(renditions);
            return Task.CompletedTask;
        }

        public void DiscardWork(MediaVideo video) => Discarded++;

        public void DeleteRenditions(MediaVideo video) => Finished.Clear();

        public string ThumbnailPath(MediaVideo video, string extension) => $"/originals/default/h/thumbnail.{extension}";

        public Task<string> SaveThumbnailAsync(MediaVideo video, Stream image, string extension, CancellationToken ct) => Task.FromResult($"thumbnail.{extension}");

        public MediaFile? Open(MediaVideo video, string? thumbnailFilename, string name) => null;

        public Task DeleteAsync(string hash, CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class FakeTools : IMediaTools
    {
        public List<EncodeJob> Jobs { get; } = [];

        public EncodeOutcome Result { get; set; } = EncodeOutcome.Success;

        public bool ReportsProgress { get; set; }

        public int Frames { get; private set; }

        public bool IsAvailable => true;

        public Task<MediaFacts?> ProbeAsync(string source, CancellationToken ct) => Task.FromResult<MediaFacts?>(new MediaFacts(1280, 720, 30, true));

        public Task<string?> CaptureFrameAsync(string source, double atSeconds, string target, CancellationToken ct)
        {
            Frames++;
            return Task.FromResult<string?>(null);
        }

        public async Task<EncodeOutcome> EncodeAsync(EncodeJob job, IProgress<double> progress, CancellationToken ct)
        {
            Jobs.Add(job);
            if (ReportsProgress)
            {
                // Like ffmpeg: progress until the renewal refuses and the encoder is killed.
                for (var i = 0; i < 100; i++)
                {
                    progress.Report(i / 100.0);
                    await Task.Delay(20, ct);
                }
            }

            return Result;
        }
    }
}
