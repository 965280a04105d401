using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Domain.Courses;

/// <summary>The fields of a course a client may set, on create or as a partial update; null means "not given".</summary>
public sealed record CourseChanges
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
    public const int ShortTextMaxLength = 100;
    public const int UrlMaxLength = 2048;
    public const int CurrencyLength = 3;

    /// <summary>No course costs more; a bound that keeps prices printable and sums finite.</summary>
    public const double MaxPrice = 1_000_000;

    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }
    public string? Subcategory { get; init; }
    public string? Level { get; init; }
    public string? Language { get; init; }
    public double? Price { get; init; }
    public string? Currency { get; init; }
    public string? Status { get; init; }
    public string? ThumbnailUrl { get; init; }
    public string? PromoVideoId { get; init; }

    /// <summary>What breaks a course's rules; a new course needs a title, an update may leave it out.</summary>
    public FieldChecks Check(bool creating)
    {
        var checks = new FieldChecks();
        if (creating)
        {
            checks.Required(nameof(Title), Title, TitleMaxLength);
        }
        else
        {
            checks.NotBlankWhenGiven(nameof(Title), Title, TitleMaxLength);
        }

        checks.Line(nameof(Subtitle), Subtitle, TitleMaxLength)
            .Paragraphs(nameof(Description), Description, DescriptionMaxLength)
            .Line(nameof(Category), Category, ShortTextMaxLength)
            .Line(nameof(Subcategory), Subcategory, ShortTextMaxLength)
            .NotBlankWhenGiven(nameof(Level), Level, ShortTextMaxLength)
            .NotBlankWhenGiven(nameof(Language), Language, ShortTextMaxLength)
            .NotBlankWhenGiven(nameof(Status), Status, ShortTextMaxLength)
            .Line(nameof(ThumbnailUrl), ThumbnailUrl, UrlMaxLength)
            .Line(nameof(PromoVideoId), PromoVideoId, VideoMetadata.HashMaxLength)
            .Range(nameof(Price), Price, MaxPrice);
        if (Currency is not null && (Currency.Length != CurrencyLength || !Currency.All(char.IsAsciiLetterUpper)))
        {
            checks.Add(nameof(Currency), $"{FieldViolation.Placeholder} must be a three-letter ISO 4217 code in capitals, e.g. USD.");
        }

        return checks;
    }
}
