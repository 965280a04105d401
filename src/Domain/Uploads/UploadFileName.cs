using System.Text;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Domain.Uploads;

/// <summary>
/// A client-supplied file name reduced to a safe base name: no folders, no control or text-direction
/// characters, no leading dots, at most 255 UTF-8 bytes, and one of the accepted video extensions.
/// </summary>
public sealed record UploadFileName
{
    public const int MaxBytes = 255;

    /// <summary>The longest name (with any folders a client puts before it) looked at at all; checked before
    /// any per-character work, so a huge name costs nothing.</summary>
    public const int MaxInputLength = 4096;

    public static IReadOnlyList<string> AllowedExtensions { get; } = ["mp4", "mov", "avi", "m4v", "hevc"];

    private UploadFileName(string value, string extension)
    {
        Value = value;
        Extension = extension;
    }

    public string Value { get; }

    /// <summary>Lower case, without the dot.</summary>
    public string Extension { get; }

    public bool HasAllowedExtension => AllowedExtensions.Contains(Extension);

    public override string ToString() => Value;

    /// <summary>The safe name, or null when nothing usable is left or the input is longer than
    /// <see cref="MaxInputLength"/> (the caller says why).</summary>
    public static UploadFileName? TryCreate(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > MaxInputLength)
        {
            return null;
        }

        // Both separators: a Windows client sends C:\Users\me\clip.mp4.
        var baseName = raw.AsSpan(raw.LastIndexOfAny(['/', '\\']) + 1);
        var cleaned = new StringBuilder(baseName.Length);
        for (var i = 0; i < baseName.Length; i++)
        {
            var c = baseName[i];
            if (char.IsHighSurrogate(c) && i + 1 < baseName.Length && char.IsLowSurrogate(baseName[i + 1]))
            {
                cleaned.Append(c).Append(baseName[++i]);
                continue;
            }

            var unsafeHere = char.IsControl(c) || char.IsSurrogate(c) || TextRules.IsDirectionOverride(c) ||
                             c is ':' or '*' or '?' or '"' or '<' or '>' or '|';
            cleaned.Append(unsafeHere ? '_' : c);
        }

        var name = cleaned.ToString().Trim().TrimStart('.').Trim();
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            return null;
        }

        var extension = name[(dot + 1)..];
        var room = MaxBytes - 1 - Encoding.UTF8.GetByteCount(extension);
        if (room < 1)
        {
            return null;
        }

        // Cut whole characters only: a name of emoji keeps its pairs together.
        var stem = TextRules.TruncateUtf8(name[..dot].TrimEnd(), room);
        return stem.Length == 0 ? null : new UploadFileName($"{stem}.{extension}", extension.ToLowerInvariant());
    }
}
