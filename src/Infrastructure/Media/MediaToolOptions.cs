namespace VideoPlatform.Infrastructure.Media;

/// <summary>Where the media tools are and how hard the encoder works (configuration section "Media").</summary>
public sealed class MediaToolOptions
{
    /// <summary>ffmpeg: a name found on PATH, or a full path.</summary>
    public string Ffmpeg { get; set; } = "ffmpeg";

    public string Ffprobe { get; set; } = "ffprobe";

    /// <summary>x264's speed/size trade-off for every rung.</summary>
    public string Preset { get; set; } = "veryfast";

    /// <summary>Segment length of the renditions, in seconds.</summary>
    public int SegmentSeconds { get; set; } = 6;
}
