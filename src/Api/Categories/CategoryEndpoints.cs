using VideoPlatform.Api.Caching;
using VideoPlatform.Api.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Categories;
using VideoPlatform.Application.Categories.CreateCategory;
using VideoPlatform.Application.Categories.DeleteCategory;
using VideoPlatform.Application.Categories.ListCategories;

namespace VideoPlatform.Api.Categories;

/// <summary>Categories (videos.db), as the old metadata service served them.</summary>
public static class CategoryEndpoints
{
    public static IEndpointRouteBuilder MapCategories(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/categories").WithTags("Categories");
        group.MapGet("/", ListAsync).CachedUntilChanged().WithSummary("List categories");
        group.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.Admin).WithSummary("Create a category");
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(AccessPolicies.Admin).WithSummary("Delete a category");
        return app;
    }

    /// <summary>A bare array, as the old service answered.</summary>
    private static async Task<Ok<IReadOnlyList<CategoryDto>>> ListAsync(ListCategoriesHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(ct));

    private static async Task<Results<Created<CategoryDto>, ProblemHttpResult>> CreateAsync(NewCategory body, CreateCategoryHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(body, ct);
        return result.IsSuccess ? TypedResults.Created($"/categories/{result.Value.Id}", result.Value) : result.ToProblem();
    }

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> DeleteAsync(int id, DeleteCategoryHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(id, ct);
        return result.IsSuccess ? TypedResults.Ok(new MessageResponse("Category deleted successfully")) : result.ToProblem();
    }
}
