using Microsoft.EntityFrameworkCore;
using VideoPlatform.Application.Sections;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Infrastructure.Persistence.Courses;

internal sealed class SectionRepository(CoursesDbContext db) : ISectionRepository
{
    public Task<Section?> GetAsync(int courseId, int sectionId, CancellationToken ct) =>
        db.Sections.FirstOrDefaultAsync(s => s.Id == sectionId && s.CourseId == courseId, ct);

    public async Task<IReadOnlyList<Section>> ListByCoursesAsync(IReadOnlyCollection<int> courseIds, CancellationToken ct) =>
        await db.Sections.AsNoTracking().Where(s => courseIds.Contains(s.CourseId)).OrderBy(s => s.Order).ThenBy(s => s.Id).ToListAsync(ct);

    public void Add(Section section) => db.Sections.Add(section);

    public async Task RemoveAsync(Section section, CancellationToken ct)
    {
        // The old service's lessons table has no ON DELETE CASCADE.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Lessons.Where(l => l.SectionId == section.Id).ExecuteDeleteAsync(ct);
        db.Sections.Remove(section);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public Task SaveChangesAsync(CancellationToken ct) => db.SaveChangesAsync(ct);
}
