namespace VideoPlatform.Domain.Common;

/// <summary>
/// A rule that one field's value breaks. <see cref="Field"/> is the domain's name for it (the property
/// name); the message refers to the field as <c>{field}</c>, so each front door writes the name in its own
/// convention (snake_case on the REST wire, camelCase in GraphQL).
/// </summary>
public sealed record FieldViolation(string Field, string Message)
{
    public const string Placeholder = "{field}";
}
