namespace VideoPlatform.Application.Media;

/// <summary>The media pipeline (configuration section "Media").</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>Process uploaded videos (facts, thumbnail, renditions); off, videos stay pending.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Videos processed at once by this instance.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>How often a worker with nothing to do looks for work (a completed upload wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claim lasts without renewal: after a crash, this long until another worker takes the video.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a worker renews its claim and records progress (and notices a stop).</summary>
    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often Scheduled videos are checked for publishing.</summary>
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromSeconds(30);
}
