using Mapster;
using VideoPlatform.Domain.Categories;

namespace VideoPlatform.Application.Categories;

public sealed record CategoryDto
{
    public int Id { get; init; }
    public string Name { get; init; } = string.Empty;
    public string? Description { get; init; }
    public DateTime? CreatedAt { get; init; }
}

public sealed class CategoryMappings : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<Category, CategoryDto>();
}

/// <summary>A new category: a unique name and an optional description.</summary>
public sealed record NewCategory(string? Name, string? Description);
