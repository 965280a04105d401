namespace VideoPlatform.Application.Courses;

public record CourseDto
{
    public int Id { get; init; }
    public string Title { get; init; } = string.Empty;
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
    public DateTime? CreatedAt { get; init; }
    public DateTime? UpdatedAt { get; init; }

    /// <summary>Who may change the course besides admins (their token's sub); null for a course nobody owns yet.</summary>
    public string? OwnerId { get; init; }
}
