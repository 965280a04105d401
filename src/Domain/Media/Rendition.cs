using System.Globalization;

namespace VideoPlatform.Domain.Media;

/// <summary>One rung of the HLS ladder: its label, its height, and its bitrates (bits per second).</summary>
public sealed record Rung(string Label, int Height, int VideoAverage, int VideoPeak, int Audio)
{
    /// <summary>What a player reserves for this rung: peak video plus audio (HLS BANDWIDTH).</summary>
    public int Bandwidth => VideoPeak + Audio;

    /// <summary>What the rung averages: average video plus audio (HLS AVERAGE-BANDWIDTH).</summary>
    public int AverageBandwidth => VideoAverage + Audio;
}

/// <summary>
/// The renditions a video gets: the old transcoder's four presets (1080p, 720p, 480p, 360p), plus 2160p
/// and 1440p for large sources and 240p for slow connections; every rung at or below the source's height.
/// </summary>
public static class Ladder
{
    public static IReadOnlyList<Rung> Presets { get; } =
    [
        new("2160p", 2160, 16_000_000, 17_600_000, 192_000),
        new("1440p", 1440, 9_000_000, 9_900_000, 192_000),
        new("1080p", 1080, 5_800_000, 6_400_000, 192_000),
        new("720p", 720, 3_500_000, 3_900_000, 160_000),
        new("480p", 480, 1_600_000, 1_900_000, 128_000),
        new("360p", 360, 900_000, 1_100_000, 96_000),
        new("240p", 240, 450_000, 500_000, 64_000),
    ];

    /// <summary>
    /// The rungs for a source of this height, tallest first. A source smaller than the smallest preset gets
    /// one rung at its own (even) height with the smallest preset's bitrates, so every video can be streamed.
    /// </summary>
    public static IReadOnlyList<Rung> For(int sourceHeight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceHeight);
        var rungs = Presets.Where(r => r.Height <= sourceHeight).ToList();
        if (rungs.Count > 0)
        {
            return rungs;
        }

        var smallest = Presets[^1];
        var height = Math.Max(2, sourceHeight - sourceHeight % 2);
        return [smallest with { Label = $"{height.ToString(CultureInfo.InvariantCulture)}p", Height = height }];
    }

    /// <summary>The width of a rung, keeping the source's shape, rounded to an even number as H.264 needs.</summary>
    public static int WidthFor(Rung rung, int sourceWidth, int sourceHeight)
    {
        var width = (int)Math.Round(sourceWidth * (double)rung.Height / sourceHeight / 2, MidpointRounding.AwayFromZero) * 2;
        return Math.Max(2, width);
    }

    /// <summary>The H.264 codec string of a rung for a master playlist (High profile, a level the rung fits in).</summary>
    public static string VideoCodec(Rung rung) => rung.Height switch
    {
        > 1440 => "avc1.640033", // level 5.1
        > 1080 => "avc1.640032", // level 5.0
        > 720 => "avc1.640029",  // level 4.1
        _ => "avc1.64001f",      // level 3.1
    };

    /// <summary>The level that matches <see cref="VideoCodec"/>, for the encoder.</summary>
    public static string Level(Rung rung) => rung.Height switch
    {
        > 1440 => "5.1",
        > 1080 => "5.0",
        > 720 => "4.1",
        _ => "3.1",
    };

    public const string AudioCodec = "mp4a.40.2";
}
