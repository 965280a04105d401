using System.Text;

namespace VideoPlatform.Domain.Uploads;

/// <summary>
/// A client-supplied file name reduced to a safe base name: no folders, no control characters, no
/// leading dots, at most 255 UTF-8 bytes, and one of the accepted video extensions.
/// </summary>
public sealed record UploadFileName
{
    public const int MaxBytes = 255;

    public static IReadOnlyList<string> AllowedExtensions { get; } = ["mp4", "mov", "avi", "m4v", "hevc"];

    private UploadFileName(string value, string extension)
    {
        Value = value;
        Extension = extension;
    }

    public string Value { get; }

    /// <summary>Lower case, without the dot.</summary>
    public string Extension { get; }

    public override string ToString() => Value;

    /// <summary>The safe name, or null when nothing usable is left (the caller says why).</summary>
    public static UploadFileName? TryCreate(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        // Both separators: a Windows client sends C:\Users\me\clip.mp4.
        var baseName = raw[(raw.LastIndexOfAny(['/', '\\']) + 1)..];
        var cleaned = new StringBuilder(baseName.Length);
        foreach (var c in baseName)
        {
            cleaned.Append(char.IsControl(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        var name = cleaned.ToString().Trim().TrimStart('.').Trim();
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            return null;
        }

        var extension = name[(dot + 1)..];
        var stem = name[..dot].TrimEnd();
        while (stem.Length > 0 && Encoding.UTF8.GetByteCount(stem) + Encoding.UTF8.GetByteCount(extension) + 1 > MaxBytes)
        {
            stem = stem[..^1];
        }

        return stem.Length == 0 ? null : new UploadFileName($"{stem}.{extension}", extension.ToLowerInvariant());
    }

    public bool HasAllowedExtension => AllowedExtensions.Contains(Extension);
}
