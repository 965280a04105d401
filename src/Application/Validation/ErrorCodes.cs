namespace VideoPlatform.Application.Validation;

/// <summary>
/// Codes a use case puts on a <see cref="Ardalis.Result.ValidationError"/> so each front door can pick the
/// right answer (REST status, GraphQL error type) without knowing the use case. No code means plain bad input.
/// An error with <see cref="Ardalis.Result.ValidationSeverity.Info"/> is a data item (e.g. one missing chunk
/// index) listed under its field, not a sentence for the problem's detail.
/// </summary>
public static class ErrorCodes
{
    /// <summary>Well-formed input that breaks a rule, e.g. a course that does not exist (REST 422).</summary>
    public const string RuleBroken = "rule_broken";

    /// <summary>More bytes, chunks or items than the configured limit (REST 413).</summary>
    public const string TooLarge = "too_large";

    /// <summary>A page larger than a list allows (GraphQL HC0051, HotChocolate's code for it).</summary>
    public const string PageTooLarge = "page_too_large";

    /// <summary>Content that is not one of the accepted kinds (REST 415).</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>A checksum the client sent does not match the bytes (REST 422).</summary>
    public const string ChecksumMismatch = "checksum_mismatch";

    /// <summary>The input fits, but not the current state of the thing it names (REST 409).</summary>
    public const string Conflict = "conflict";

    /// <summary>The course named by the input does not exist (REST 422, GraphQL CourseNotFoundError).</summary>
    public const string CourseNotFound = "course_not_found";

    /// <summary>A limit on how much may be in progress at once was reached; trying later can succeed (REST 429).</summary>
    public const string LimitReached = "limit_reached";

    /// <summary>The storage has no room for more (REST 507).</summary>
    public const string StorageFull = "storage_full";
}
