namespace VideoPlatform.Domain.Common;

/// <summary>Characters no stored text may hold: they break terminals and logs or disguise what a name says.</summary>
public static class TextRules
{
    /// <summary>What is wrong with the text, or null. Call only on texts already bounded in length.</summary>
    public static string? FirstProblem(ReadOnlySpan<char> text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return "contains a broken character (an unpaired UTF-16 surrogate)";
            }

            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                return $"contains the control character U+{(int)c:X4}";
            }

            if (IsDirectionOverride(c))
            {
                return $"contains the text-direction character U+{(int)c:X4}, which can disguise what it says";
            }
        }

        return null;
    }

    public static bool IsDirectionOverride(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>The longest prefix of <paramref name="text"/> that fits in <paramref name="maxBytes"/> UTF-8 bytes
    /// without cutting a character in two. One pass, whatever the length.</summary>
    public static string TruncateUtf8(string text, int maxBytes)
    {
        var bytes = 0;
        var end = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
            if (bytes > maxBytes)
            {
                break;
            }

            end += rune.Utf16SequenceLength;
        }

        return text[..end];
    }
}
