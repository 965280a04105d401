using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;

namespace VideoPlatform.Application.Categories.DeleteCategory;

/// <summary>Deletes a category; videos filed under its name keep the name (it is their text, not a reference).</summary>
public sealed class DeleteCategoryHandler(Permissions permissions, ICategoryRepository categories, IMapper mapper)
{
    public const string NotFound = "Category not found";

    public async Task<Result<CategoryDto>> HandleAsync(int id, CancellationToken ct)
    {
        if (permissions.ToAdminister("manage categories") is { IsSuccess: false } refused)
        {
            return refused.Refused<CategoryDto>();
        }

        var category = await categories.GetAsync(id, ct);
        if (category is null)
        {
            return Result<CategoryDto>.NotFound(NotFound);
        }

        var deleted = mapper.Map<CategoryDto>(category);
        categories.Remove(category);
        await categories.SaveChangesAsync(ct);
        return deleted;
    }
}
