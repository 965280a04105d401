using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>
/// Timestamps on PostgreSQL are <c>timestamp</c> columns holding UTC, as the SQLite files hold UTC text: a
/// value goes in as UTC (a local time is converted, an unspecified one is taken as UTC) and comes out marked UTC.
/// </summary>
internal sealed class UtcTimestampConverter() : ValueConverter<DateTime, DateTime>(
    value => DateTime.SpecifyKind(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value, DateTimeKind.Unspecified),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
