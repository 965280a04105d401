using System.Globalization;

namespace VideoPlatform.Domain.Media;

/// <summary>What a probe learned of a file: the first video stream's displayed size (rotation applied), the duration, whether it has sound.</summary>
public sealed record MediaFacts(int? Width, int? Height, double? DurationSeconds, bool HasAudio)
{
    public bool HasVideo => Width is > 0 && Height is > 0;

    /// <summary><c>1280x720</c>, or null without a video stream.</summary>
    public string? Resolution => HasVideo ? $"{Width!.Value.ToString(CultureInfo.InvariantCulture)}x{Height!.Value.ToString(CultureInfo.InvariantCulture)}" : null;

    public string QualityLabel => Media.QualityLabel.For(HasVideo ? Height : null);

    /// <summary>Where the thumbnail frame is taken: about a tenth into the video (the first frame is often black).</summary>
    public double ThumbnailAt => DurationSeconds is > 0 ? DurationSeconds.Value * 0.1 : 0;

    /// <summary>Reads a stored resolution (<c>1280x720</c>) back into a width and height.</summary>
    public static (int Width, int Height)? ParseResolution(string? resolution)
    {
        var parts = resolution?.Split('x');
        return parts is [var w, var h] &&
               int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var width) &&
               int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var height) && width > 0 && height > 0
            ? (width, height)
            : null;
    }
}
