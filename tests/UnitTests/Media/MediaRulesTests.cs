using VideoPlatform.Application.Media.GetProcessingStatus;
using VideoPlatform.Domain.Media;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.UnitTests.Media;

public sealed class MediaRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(4320, "2160p")]
    [InlineData(2160, "2160p")]
    [InlineData(1600, "1440p")]
    [InlineData(1080, "1080p")]
    [InlineData(1079, "720p")]
    [InlineData(720, "720p")]
    [InlineData(576, "480p")]
    [InlineData(360, "360p")]
    [InlineData(240, "240p")]
    [InlineData(144, "144p")]
    [InlineData(null, "unknown")]
    [InlineData(0, "unknown")]
    public void Quality_labels_follow_the_old_transcoders_thresholds(int? height, string label) =>
        Assert.Equal(label, QualityLabel.For(height));

    [Theory]
    [InlineData(2160, "2160p,1440p,1080p,720p,480p,360p,240p")]
    [InlineData(1080, "1080p,720p,480p,360p,240p")]
    [InlineData(1000, "720p,480p,360p,240p")]
    [InlineData(360, "360p,240p")]
    [InlineData(240, "240p")]
    public void The_ladder_holds_every_rung_at_or_below_the_source_height(int height, string labels) =>
        Assert.Equal(labels, string.Join(",", Ladder.For(height).Select(r => r.Label)));

    [Fact]
    public void A_source_below_the_smallest_rung_gets_one_rung_at_its_own_even_height()
    {
        var rung = Assert.Single(Ladder.For(179));

        Assert.Equal(("178p", 178, 450_000), (rung.Label, rung.Height, rung.VideoAverage));
    }

    [Theory]
    [InlineData(1920, 1080, "720p", 1280)]
    [InlineData(640, 360, "240p", 426)]
    [InlineData(1080, 1920, "720p", 406)] // portrait
    [InlineData(1440, 1080, "480p", 640)] // 4:3
    public void A_rung_keeps_the_sources_shape_at_an_even_width(int width, int height, string label, int expected) =>
        Assert.Equal(expected, Ladder.WidthFor(Ladder.Presets.Single(r => r.Label == label), width, height));

    [Fact]
    public void Bandwidths_are_the_presets_plus_audio()
    {
        var rung = Ladder.Presets.Single(r => r.Label == "720p");

        Assert.Equal((3_900_000 + 160_000, 3_500_000 + 160_000), (rung.Bandwidth, rung.AverageBandwidth));
    }

    [Fact]
    public void Facts_read_as_the_old_fields_and_the_thumbnail_is_taken_a_tenth_in()
    {
        var facts = new MediaFacts(1280, 720, 60, HasAudio: true);

        Assert.Equal(("1280x720", "720p", 6.0), (facts.Resolution, facts.QualityLabel, facts.ThumbnailAt));
        Assert.Equal("unknown", new MediaFacts(null, null, 5, true).QualityLabel);
        Assert.Equal((1280, 720), MediaFacts.ParseResolution("1280x720"));
        Assert.Null(MediaFacts.ParseResolution("wide"));
    }

    [Fact]
    public void Processing_moves_pending_to_completed_or_failed_and_a_stop_sends_it_back_to_pending()
    {
        var video = Video.Create("h", "f.mp4", new VideoChanges(), null, Now);
        Assert.True(video.AwaitsProcessing);

        video.Apply(new VideoChanges { Stopped = true });
        Assert.False(video.AwaitsProcessing);
        video.PauseProcessing();
        Assert.Equal("pending", video.TranscodingStatus);

        video.CompleteProcessing();
        Assert.Equal(("completed", 1.0), (video.TranscodingStatus, video.ProcessingProgress));

        video.FailProcessing("no original");
        Assert.Equal(("failed", "no original"), (video.TranscodingStatus, video.ProcessingError));
        video.RequeueProcessing();
        Assert.Equal(("pending", null, 0), (video.TranscodingStatus, video.ProcessingError, video.ProcessingAttempts));
    }

    [Fact]
    public void A_video_is_published_only_once_its_renditions_are_ready()
    {
        var video = Video.Create("h", "f.mp4", new VideoChanges(), null, Now);

        Assert.False(video.TryPublish());
        Assert.Equal("draft", video.Status);
        video.CompleteProcessing();
        Assert.True(video.TryPublish());
        Assert.Equal("Published", video.Status);
    }

    [Theory]
    [InlineData("2026-11-26T11:59:00", true)]    // no offset: UTC
    [InlineData("2026-11-26T12:01:00", false)]
    [InlineData("2026-11-26T12:30:00+01:00", true)] // 11:30 UTC
    [InlineData("2026-11-26T11:30:00-01:00", false)] // 12:30 UTC
    [InlineData("soon", false)]
    public void A_scheduled_video_is_due_when_its_time_has_passed_read_as_utc_without_an_offset(string at, bool due)
    {
        var video = Video.Create("h", "f.mp4", new VideoChanges { ScheduledAt = at }, null, Now);
        video.CompleteProcessing();

        Assert.Equal(due, video.IsDueForPublishing(Now));
    }

    [Fact]
    public void A_scheduled_video_is_not_due_before_its_renditions_are_ready()
    {
        var video = Video.Create("h", "f.mp4", new VideoChanges { ScheduledAt = "2020-01-01T00:00:00" }, null, Now);

        Assert.False(video.IsDueForPublishing(Now));
    }

    [Fact]
    public void The_status_speaks_the_old_transcoders_words_per_rendition()
    {
        var running = new ProcessingState("h", "transcoding", false, 0.42, null, "640x360", "360p");
        var stopped = running with { Stopped = true, TranscodingStatus = "pending" };

        var status = GetProcessingStatusHandler.Describe(running, ["240p"]);

        Assert.Equal(("running", 42), (status.Overall, status.Progress));
        Assert.Equal([("360p", "640x360", "transcoding", 42), ("240p", "426x240", "completed", 100)],
            status.Renditions.Select(r => (r.Label, r.Resolution, r.Status, r.Progress)));
        Assert.Equal("stopped", GetProcessingStatusHandler.Describe(stopped, []).Overall);
        Assert.Equal("error", GetProcessingStatusHandler.Describe(running with { TranscodingStatus = "failed" }, []).Overall);
    }
}
