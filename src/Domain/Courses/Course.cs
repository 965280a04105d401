namespace VideoPlatform.Domain.Courses;

public sealed class Course
{
    public const string DefaultLevel = "Beginner";
    public const string DefaultLanguage = "English";
    public const string DefaultCurrency = "USD";
    public const string DraftStatus = "draft";
    public const string PublishedStatus = "published";

    private Course()
    {
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public string? Subtitle { get; private set; }
    public string? Description { get; private set; }
    public string? Category { get; private set; }
    public string? Subcategory { get; private set; }
    public string? Level { get; private set; }
    public string? Language { get; private set; }
    public double? Price { get; private set; }
    public string? Currency { get; private set; }
    public string? Status { get; private set; }
    public string? ThumbnailUrl { get; private set; }
    public string? PromoVideoId { get; private set; }
    public DateTime? CreatedAt { get; private set; }
    public DateTime? UpdatedAt { get; private set; }

    /// <summary>
    /// Who created the course (their token's <c>sub</c>, or an API key's name); they may change it. Null for
    /// courses from before accounts (or made in the open, anonymous mode): only an admin may change those.
    /// </summary>
    public string? OwnerId { get; private set; }

    public static Course Create(string title, CourseChanges details, DateTime now, string? ownerId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var course = new Course
        {
            Title = title.Trim(),
            OwnerId = ownerId,
            Level = DefaultLevel,
            Language = DefaultLanguage,
            Price = 0.0,
            Currency = DefaultCurrency,
            Status = DraftStatus,
            CreatedAt = now,
        };
        course.Apply(details with { Title = null }, now);
        return course;
    }

    /// <summary>Gives the course to another owner (an admin's act: e.g. a course from before accounts to its instructor).</summary>
    public void AssignOwner(string ownerId, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        OwnerId = ownerId;
        UpdatedAt = now;
    }

    public void Publish(DateTime now) => Apply(new CourseChanges { Status = PublishedStatus }, now);

    public void Unpublish(DateTime now) => Apply(new CourseChanges { Status = DraftStatus }, now);

    /// <summary>Partial update: non-null fields replace the stored ones; updated_at moves on.</summary>
    public void Apply(CourseChanges changes, DateTime now)
    {
        if (changes.Title is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(changes.Title);
            Title = changes.Title.Trim();
        }

        if (changes.Price is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(changes), "A price cannot be negative.");
        }

        Subtitle = changes.Subtitle ?? Subtitle;
        Description = changes.Description ?? Description;
        Category = changes.Category ?? Category;
        Subcategory = changes.Subcategory ?? Subcategory;
        Level = changes.Level ?? Level;
        Language = changes.Language ?? Language;
        Price = changes.Price ?? Price;
        Currency = changes.Currency ?? Currency;
        Status = changes.Status ?? Status;
        ThumbnailUrl = changes.ThumbnailUrl ?? ThumbnailUrl;
        PromoVideoId = changes.PromoVideoId ?? PromoVideoId;
        UpdatedAt = now;
    }
}
