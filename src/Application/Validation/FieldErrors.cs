using Ardalis.Result;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Application.Validation;

/// <summary>
/// Collects field errors for one input so a client learns about all of them in one answer. Fields are
/// named as the domain names them (property names); a message refers to its own field as
/// <see cref="FieldViolation.Placeholder"/>, and each front door writes names in its own convention.
/// </summary>
public sealed class FieldErrors
{
    private readonly List<ValidationError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<ValidationError> All => _errors;

    public FieldErrors Add(string field, string message, string? code = null)
    {
        _errors.Add(new ValidationError(field, message, code ?? string.Empty, ValidationSeverity.Error));
        return this;
    }

    /// <summary>A data item listed under its field (e.g. one missing chunk index), not a sentence for the detail.</summary>
    public FieldErrors Item(string field, string value, string code)
    {
        _errors.Add(new ValidationError(field, value, code, ValidationSeverity.Info));
        return this;
    }

    public FieldErrors AddRange(FieldChecks checks)
    {
        foreach (var violation in checks.Violations)
        {
            Add(violation.Field, violation.Message);
        }

        return this;
    }

    public Result<T> ToInvalid<T>() => Result<T>.Invalid(_errors);

    public Result ToInvalid() => Result.Invalid(_errors);

    /// <summary>One error as a failed result: <c>FieldErrors.Invalid&lt;T&gt;("CourseId", "…", ErrorCodes.CourseNotFound)</c>.</summary>
    public static Result<T> Invalid<T>(string field, string message, string? code = null) => new FieldErrors().Add(field, message, code).ToInvalid<T>();
}
