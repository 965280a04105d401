using System.Globalization;
using System.Numerics;
using Microsoft.AspNetCore.Http.Features;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Api.Uploads;

/// <summary>
/// The upload clients' form fields, as text on the wire, read into the domain's types: numbers parsed
/// strictly, and the old clients' ways of saying "no course" (missing, empty, <c>None</c>, <c>null</c>).
/// Errors name fields as the domain does; the problem document writes them the REST way.
/// </summary>
internal static class FormFields
{
    /// <summary>Small forms (init, complete): a few short fields, refused whole when larger.</summary>
    public static readonly FormOptions SmallForm = new()
    {
        ValueCountLimit = 32,
        KeyLengthLimit = 100,
        ValueLengthLimit = 16 * 1024,
        MultipartBodyLengthLimit = 64 * 1024,
        MultipartHeadersLengthLimit = 16 * 1024,
        BufferBody = false,
    };

    public const long SmallFormMaxBytes = 64 * 1024;

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

        errors.Add("CourseId", $"{FieldViolation.Placeholder} must be the number of a course, or left out for an admin video; '{Shorten(text)}' is neither.");
        return null;
    }

    public static int Integer(string field, string? text, FieldErrors errors) => Number(field, text, errors, required: true, out int value) ? value : 0;

    public static long? OptionalLong(string field, string? text, FieldErrors errors) =>
        !string.IsNullOrWhiteSpace(text) && Number(field, text, errors, required: false, out long value) ? value : null;

    private static bool Number<T>(string field, string? text, FieldErrors errors, bool required, out T value) where T : IBinaryInteger<T>
    {
        value = T.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"{FieldViolation.Placeholder} is required.");
            }

            return false;
        }

        if (T.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value!))
        {
            return true;
        }

        errors.Add(field, $"{FieldViolation.Placeholder} must be a whole number; '{Shorten(text)}' is not.");
        return false;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
