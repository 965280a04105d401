using VideoPlatform.Api.Access;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Application.Categories;
using VideoPlatform.Application.Categories.CreateCategory;
using VideoPlatform.Application.Categories.DeleteCategory;
using VideoPlatform.Application.Categories.ListCategories;

namespace VideoPlatform.Api.Categories;

public sealed class CategoryGraphType : AutoRegisteringObjectGraphType<CategoryDto>
{
    public CategoryGraphType() => Name = "Category";
}

public sealed class CreateCategoryInputGraphType : InputObjectGraphType
{
    public CreateCategoryInputGraphType()
    {
        Name = "CreateCategoryInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("description");
    }
}

public sealed class DeleteCategoryInputGraphType : InputObjectGraphType
{
    public DeleteCategoryInputGraphType()
    {
        Name = "DeleteCategoryInput";
        Field<NonNullGraphType<IntGraphType>>("id");
    }
}

/// <summary>Categories in GraphQL: the list, and the same create and delete REST offers.</summary>
public static class CategoryFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryGraphType>>>>("categories")
            .Description("Every category, by name.")
            .Resolve().WithService<ListCategoriesHandler>()
            .ResolveAsync(async (c, handler) => await handler.HandleAsync(c.CancellationToken));

    public static void AddMutations(ObjectGraphType mutation)
    {
        MutationField.Add<CreateCategoryInputGraphType, CategoryGraphType, CreateCategoryHandler>(mutation, "createCategory", "category",
            [typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var result = await handler.HandleAsync(new NewCategory(input.Text("Name"), input.Text("Description")), ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors());
            }, policy: AccessPolicies.Admin);

        MutationField.Add<DeleteCategoryInputGraphType, CategoryGraphType, DeleteCategoryHandler>(mutation, "deleteCategory", "category",
            [typeof(CategoryNotFoundErrorGraphType)],
            async (handler, input, ct) =>
            {
                var id = input.Int("Id");
                var result = await handler.HandleAsync(id, ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(notFound: m => new CategoryNotFound(m, id)));
            }, policy: AccessPolicies.Admin);
    }
}
