using Microsoft.EntityFrameworkCore;
using VideoPlatform.Application.Categories;
using VideoPlatform.Domain.Categories;

namespace VideoPlatform.Infrastructure.Persistence.Videos;

internal sealed class CategoryRepository(VideosDbContext db) : ICategoryRepository
{
    public async Task<IReadOnlyList<Category>> ListAsync(CancellationToken ct) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id).ToListAsync(ct);

    public Task<Category?> GetAsync(int id, CancellationToken ct) => db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<bool> TryAddAsync(Category category, CancellationToken ct)
    {
        db.Categories.Add(category);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (DbConstraint.IsUniqueViolation(e))
        {
            db.Entry(category).State = EntityState.Detached;
            return false;
        }
    }

    public void Remove(Category category) => db.Categories.Remove(category);

    public Task SaveChangesAsync(CancellationToken ct) => db.SaveChangesAsync(ct);
}
