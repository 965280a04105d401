using System.Globalization;
using GraphQL;
using GraphQL.Types;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// The <c>DateTime</c> scalar written as HotChocolate writes it: UTC to the millisecond
/// (<c>2026-11-26T10:15:30.123Z</c>), where graphql-dotnet's own writes seven fractional digits, which
/// clients generated against HotChocolate do not expect. Input is read as graphql-dotnet reads it: any
/// ISO 8601 date-time.
/// </summary>
public sealed class DateTimeScalar : DateTimeGraphType
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>The format's definition HotChocolate points its <c>DateTime</c> at.</summary>
    public const string SpecifiedBy = "https://www.graphql-scalars.com/date-time";

    public DateTimeScalar()
    {
        Name = "DateTime";
        this.ApplyDirective(SpecifiedByDirective.DirectiveName, SpecifiedByDirective.UrlArgument, SpecifiedBy);
    }

    public override object? Serialize(object? value) => value switch
    {
        DateTime time => Write(time),
        DateTimeOffset time => Write(time.UtcDateTime),
        _ => base.Serialize(value),
    };

    /// <summary>Stored times are UTC; one read without a kind is taken as UTC, never as this machine's local time.</summary>
    public static string Write(DateTime time) =>
        (time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time).ToString(Format, CultureInfo.InvariantCulture);
}
