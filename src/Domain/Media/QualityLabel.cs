using System.Globalization;

namespace VideoPlatform.Domain.Media;

/// <summary>The old transcoder's name for a video's quality, from its height.</summary>
public static class QualityLabel
{
    public const string Unknown = "unknown";

    private static readonly int[] Thresholds = [2160, 1440, 1080, 720, 480, 360, 240];

    /// <summary><c>2160p</c>, <c>1440p</c>, … <c>240p</c> for heights at or above each; else <c>{height}p</c>;
    /// <see cref="Unknown"/> when there is no video stream.</summary>
    public static string For(int? height)
    {
        if (height is not { } h || h <= 0)
        {
            return Unknown;
        }

        foreach (var threshold in Thresholds)
        {
            if (h >= threshold)
            {
                return $"{threshold.ToString(CultureInfo.InvariantCulture)}p";
            }
        }

        return $"{h.ToString(CultureInfo.InvariantCulture)}p";
    }
}
