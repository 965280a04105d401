using Ardalis.Result;

namespace VideoPlatform.Application.Validation;

/// <summary>Collects field errors for one input so a client learns about all of them in one answer.</summary>
public sealed class FieldErrors
{
    private readonly List<ValidationError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<ValidationError> All => _errors;

    public void Add(string field, string message, string? code = null) =>
        _errors.Add(new ValidationError(field, message, code ?? string.Empty, ValidationSeverity.Error));

    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{field} is required.");
        }
        else
        {
            MaxLength(field, value, maxLength);
        }
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"{field} must be at most {maxLength} characters long (it has {value.Length}).");
        }
    }

    public void Positive(string field, int? value)
    {
        if (value is <= 0)
        {
            Add(field, $"{field} must be a positive whole number.");
        }
    }

    public void NotBlankWhenGiven(string field, string? value, int maxLength)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{field} cannot be empty; leave it out to keep the current value.");
        }
        else
        {
            MaxLength(field, value, maxLength);
        }
    }

    public Result<T> ToInvalid<T>() => Result<T>.Invalid(_errors);
}
