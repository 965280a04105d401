namespace VideoPlatform.Domain.Common;

/// <summary>
/// The rules every text and number field of the domain shares, collected so a client learns about all of
/// its mistakes in one answer. Lengths are checked before any per-character work.
/// </summary>
public sealed class FieldChecks
{
    private readonly List<FieldViolation> _violations = [];

    public IReadOnlyList<FieldViolation> Violations => _violations;

    public bool Any => _violations.Count > 0;

    public FieldChecks Add(string field, string message)
    {
        _violations.Add(new FieldViolation(field, message));
        return this;
    }

    /// <summary>A one-line text: at most <paramref name="maxLength"/> characters, no control or direction-override characters.</summary>
    public FieldChecks Line(string field, string? value, int maxLength) => Text(field, value, maxLength, multiline: false);

    /// <summary>A text that may span lines (tabs and line breaks allowed).</summary>
    public FieldChecks Paragraphs(string field, string? value, int maxLength) => Text(field, value, maxLength, multiline: true);

    public FieldChecks Required(string field, string? value, int maxLength)
    {
        return string.IsNullOrWhiteSpace(value) ? Add(field, $"{FieldViolation.Placeholder} is required.") : Line(field, value, maxLength);
    }

    /// <summary>Null leaves the stored value alone; an empty text would blank a field that must have one.</summary>
    public FieldChecks NotBlankWhenGiven(string field, string? value, int maxLength) =>
        value is not null && string.IsNullOrWhiteSpace(value)
            ? Add(field, $"{FieldViolation.Placeholder} cannot be empty; leave it out to keep the current value.")
            : Line(field, value, maxLength);

    public FieldChecks Positive(string field, int? value) =>
        value is <= 0 ? Add(field, $"{FieldViolation.Placeholder} must be a positive whole number.") : this;

    /// <summary>A number from 0 to <paramref name="max"/>: no negative prices or durations, nothing unprintably large.</summary>
    public FieldChecks Range(string field, double? value, double max)
    {
        if (value is { } v && (double.IsNaN(v) || v < 0 || v > max))
        {
            Add(field, $"{FieldViolation.Placeholder} must be a number from 0 to {max:0}.");
        }

        return this;
    }

    private FieldChecks Text(string field, string? value, int maxLength, bool multiline)
    {
        if (value is null)
        {
            return this;
        }

        if (value.Length > maxLength)
        {
            return Add(field, $"{FieldViolation.Placeholder} must be at most {maxLength} characters long (it has {value.Length}).");
        }

        return TextRules.FirstProblem(value, multiline) is { } problem ? Add(field, $"{FieldViolation.Placeholder} {problem}.") : this;
    }
}
