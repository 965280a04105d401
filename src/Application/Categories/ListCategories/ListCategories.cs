using MapsterMapper;

namespace VideoPlatform.Application.Categories.ListCategories;

/// <summary>Every category, by name; there are few.</summary>
public sealed class ListCategoriesHandler(ICategoryRepository categories, IMapper mapper)
{
    public async Task<IReadOnlyList<CategoryDto>> HandleAsync(CancellationToken ct) =>
        mapper.Map<List<CategoryDto>>(await categories.ListAsync(ct));
}
