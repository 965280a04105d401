using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Courses;

/// <summary>The body of POST and PUT /api/courses; null means "not given".</summary>
public sealed record CourseFields
{
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

    internal FieldErrors Check(bool creating)
    {
        var errors = new FieldErrors();
        if (creating)
        {
            errors.Required("title", Title, Course.TitleMaxLength);
        }
        else
        {
            errors.NotBlankWhenGiven("title", Title, Course.TitleMaxLength);
        }

        errors.MaxLength("subtitle", Subtitle, Course.TitleMaxLength);
        errors.MaxLength("description", Description, Course.DescriptionMaxLength);
        errors.MaxLength("category", Category, Course.ShortTextMaxLength);
        errors.MaxLength("subcategory", Subcategory, Course.ShortTextMaxLength);
        errors.NotBlankWhenGiven("level", Level, Course.ShortTextMaxLength);
        errors.NotBlankWhenGiven("language", Language, Course.ShortTextMaxLength);
        errors.NotBlankWhenGiven("status", Status, Course.ShortTextMaxLength);
        errors.MaxLength("thumbnail_url", ThumbnailUrl, Course.UrlMaxLength);
        errors.MaxLength("promo_video_id", PromoVideoId, Domain.Videos.VideoMetadata.HashMaxLength);
        if (Price is not null && (Price < 0 || double.IsNaN(Price.Value) || double.IsInfinity(Price.Value)))
        {
            errors.Add("price", "price must be zero or a positive amount.");
        }

        if (Currency is not null && (Currency.Length != Course.CurrencyLength || !Currency.All(char.IsAsciiLetterUpper)))
        {
            errors.Add("currency", "currency must be a three-letter ISO 4217 code in capitals, e.g. USD.");
        }

        return errors;
    }

    internal CourseChanges ToChanges() => new()
    {
        Title = Title,
        Subtitle = Subtitle,
        Description = Description,
        Category = Category,
        Subcategory = Subcategory,
        Level = Level,
        Language = Language,
        Price = Price,
        Currency = Currency,
        Status = Status,
        ThumbnailUrl = ThumbnailUrl,
        PromoVideoId = PromoVideoId,
    };
}
