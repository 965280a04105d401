using VideoPlatform.Domain.Categories;

namespace VideoPlatform.Application.Categories;

/// <summary>The categories (videos.db).</summary>
public interface ICategoryRepository
{
    Task<IReadOnlyList<Category>> ListAsync(CancellationToken ct);

    Task<Category?> GetAsync(int id, CancellationToken ct);

    /// <summary>Inserts and saves; false when the name is taken (the database decides races).</summary>
    Task<bool> TryAddAsync(Category category, CancellationToken ct);

    void Remove(Category category);

    Task SaveChangesAsync(CancellationToken ct);
}
