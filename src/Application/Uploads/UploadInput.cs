using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads;

/// <summary>The rules every upload call applies to the ids, checksums and courses a client names.</summary>
internal static class UploadInput
{
    public static bool CheckUploadId(string? text, FieldErrors errors)
    {
        if (UploadId.IsValid(text))
        {
            return true;
        }

        errors.Add("UploadId", $"{FieldViolation.Placeholder} must be the 32-character id the upload was started with.");
        return false;
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

        errors.Add("Sha256", $"{FieldViolation.Placeholder} must be 64 hexadecimal digits (the SHA-256 of the bytes sent).");
        return null;
    }

    /// <summary>A course given on chunk or complete must be the one the upload was started with.</summary>
    public static void SameCourse(int? given, UploadSession session, FieldErrors errors)
    {
        if (given is not null && given != session.CourseId)
        {
            errors.Add("CourseId", $"This upload was started for {(session.CourseId is { } c ? $"course {c}" : "no course")}; " +
                                   $"{FieldViolation.Placeholder} {given} does not match. Start a new upload to change it.");
        }
    }
}
