using System.Globalization;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads;

/// <summary>Strict parsing of the form fields the upload clients send as text.</summary>
internal static class UploadInput
{
    /// <summary>The old clients send no course as a missing field, "", "None" or "null".</summary>
    public static bool IsAbsentCourse(string? text) =>
        string.IsNullOrWhiteSpace(text) ||
        text.Trim().Equals("None", StringComparison.OrdinalIgnoreCase) ||
        text.Trim().Equals("null", StringComparison.OrdinalIgnoreCase);

    public static int? CourseId(string? text, FieldErrors errors)
    {
        if (IsAbsentCourse(text))
        {
            return null;
        }

        if (int.TryParse(text!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        errors.Add("course_id", $"course_id must be the number of a course, or left out for an admin video; '{Shorten(text)}' is neither.");
        return null;
    }

    public static int? Integer(string field, string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"{field} is required.");
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, $"{field} must be a whole number; '{Shorten(text)}' is not.");
        return null;
    }

    public static string? UploadIdOf(string? text, FieldErrors errors)
    {
        if (UploadId.IsValid(text))
        {
            return text;
        }

        errors.Add("upload_id", "upload_id must be the 32-character id that /upload/init returned.");
        return null;
    }

    public static string? Sha256(string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim().ToLowerInvariant();
        if (value.Length == 64 && value.All(char.IsAsciiHexDigit))
        {
            return value;
        }

        errors.Add("sha256", "sha256 must be 64 hexadecimal digits (the SHA-256 of the bytes sent).");
        return null;
    }

    /// <summary>A course given on chunk or complete must be the one the upload was started with.</summary>
    public static void SameCourse(string? text, UploadSession session, FieldErrors errors)
    {
        var given = CourseId(text, errors);
        if (!IsAbsentCourse(text) && given is not null && given != session.CourseId)
        {
            errors.Add("course_id", $"This upload was started for {(session.CourseId is { } c ? $"course {c}" : "no course")}; " +
                                    $"course_id {given} does not match. Start a new upload to change it.");
        }
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
