using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Categories;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Application.Categories.CreateCategory;

public sealed class CreateCategoryHandler(Permissions permissions, ICategoryRepository categories, IMapper mapper, TimeProvider clock)
{
    public const string NameTaken = "Category with this name already exists";

    public async Task<Result<CategoryDto>> HandleAsync(NewCategory input, CancellationToken ct)
    {
        if (permissions.ToAdminister("manage categories") is { IsSuccess: false } refused)
        {
            return refused.Refused<CategoryDto>();
        }

        var errors = new FieldErrors().AddRange(Category.Check(input.Name, input.Description));
        if (errors.Any)
        {
            return errors.ToInvalid<CategoryDto>();
        }

        var category = Category.Create(input.Name!, input.Description, clock.GetUtcNow().UtcDateTime);
        return await categories.TryAddAsync(category, ct)
            ? Result.Created(mapper.Map<CategoryDto>(category))
            : FieldErrors.Invalid<CategoryDto>(nameof(input.Name), $"{NameTaken}; choose another {FieldViolation.Placeholder}.");
    }
}
