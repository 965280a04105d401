using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>
/// Stores timestamps as the old services' SQLAlchemy did (<c>2026-11-23 10:15:30.123456</c>, UTC), so rows
/// written by either system read the same, sort as text, and survive a move between databases unchanged.
/// </summary>
internal sealed class SqlAlchemyDateTimeConverter() : ValueConverter<DateTime, string>(
    value => value.ToString(Format, CultureInfo.InvariantCulture),
    text => Parse(text))
{
    public const string Format = "yyyy-MM-dd HH:mm:ss.ffffff";

    public static DateTime Parse(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : throw new FormatException($"'{text}' in the database is not a timestamp.");
}
