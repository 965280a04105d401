using VideoPlatform.Domain.Common;

namespace VideoPlatform.Domain.Categories;

/// <summary>A named category videos and courses are filed under (videos.db); names are unique.</summary>
public sealed class Category
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 2_000;

    private Category()
    {
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string? Description { get; private set; }
    public DateTime? CreatedAt { get; private set; }

    public static Category Create(string name, string? description, DateTime now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Category { Name = name.Trim(), Description = description, CreatedAt = now };
    }

    public static FieldChecks Check(string? name, string? description) =>
        new FieldChecks().Required(nameof(Name), name, NameMaxLength).Paragraphs(nameof(Description), description, DescriptionMaxLength);
}
