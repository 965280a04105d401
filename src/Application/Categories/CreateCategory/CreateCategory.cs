using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Categories;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Application.Categories.CreateCategory;

public sealed class CreateCategoryHandler(ICategoryRepository categories, IMapper mapper, TimeProvider clock)
{
    public const string NameTaken = "Category with this name already exists";

    public async Task<Result<CategoryDto>> HandleAsync(NewCategory input, CancellationToken ct)
    {
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
