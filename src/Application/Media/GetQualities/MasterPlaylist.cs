using System.Globalization;
using System.Text.RegularExpressions;

namespace VideoPlatform.Application.Media.GetQualities;

/// <summary>Reads the variants of an HLS master playlist (RFC 8216 §4.3.4.2): each EXT-X-STREAM-INF and the URI after it.</summary>
internal static partial class MasterPlaylist
{
    public static IEnumerable<PlayableRendition> Read(string text)
    {
        string? attributes = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("#EXT-X-STREAM-INF:", StringComparison.Ordinal))
            {
                attributes = line["#EXT-X-STREAM-INF:".Length..];
            }
            else if (attributes is not null && line.Length > 0 && !line.StartsWith('#'))
            {
                yield return new PlayableRendition(Label(line), line, Attribute(attributes, "RESOLUTION"),
                    Number(Attribute(attributes, "BANDWIDTH")), Number(Attribute(attributes, "AVERAGE-BANDWIDTH")));
                attributes = null;
            }
        }
    }

    /// <summary>The rendition's folder (<c>720p/playlist.m3u8</c> → <c>720p</c>), as the layout names it.</summary>
    private static string Label(string uri) => uri.Split('/') is [var folder, _, ..] ? folder : Path.GetFileNameWithoutExtension(uri);

    private static string? Attribute(string attributes, string name)
    {
        foreach (Match match in AttributePattern().Matches(attributes))
        {
            if (match.Groups["name"].Value == name)
            {
                return match.Groups["value"].Value.Trim('"');
            }
        }

        return null;
    }

    private static int? Number(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex("""(?<name>[A-Z0-9-]+)=(?<value>"[^"]*"|[^,]*)""")]
    private static partial Regex AttributePattern();
}
