using Microsoft.EntityFrameworkCore;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Querying;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Infrastructure.Persistence.Courses;

internal sealed class CourseRepository(CoursesDbContext db) : ICourseRepository
{
    public Task<Course?> GetByIdAsync(int id, CancellationToken ct) =>
        db.Courses.FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<bool> ExistsAsync(int id, CancellationToken ct) =>
        db.Courses.AnyAsync(c => c.Id == id, ct);

    public async Task<IReadOnlyList<Course>> ListByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        await db.Courses.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);

    public NullsSortAs Nulls => db.NullsSortAs();

    public async Task<IReadOnlyList<Course>> QueryAsync(QueryShape<Course> shape, int skip, int take, CancellationToken ct) =>
        await db.Courses.AsNoTracking().Window(shape, db, skip, take).ToListAsync(ct);

    public Task<int> CountAsync(QueryShape<Course> shape, CancellationToken ct) => shape.Apply(db.Courses, db).CountAsync(ct);

    public void Add(Course course) => db.Courses.Add(course);

    public async Task RemoveAsync(Course course, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sections = db.Sections.Where(s => s.CourseId == course.Id).Select(s => s.Id);
        await db.Lessons.Where(l => sections.Contains(l.SectionId)).ExecuteDeleteAsync(ct);
        await db.Sections.Where(s => s.CourseId == course.Id).ExecuteDeleteAsync(ct);
        await db.CourseVideos.Where(v => v.CourseId == course.Id).ExecuteDeleteAsync(ct);
        db.Courses.Remove(course);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public Task SaveChangesAsync(CancellationToken ct) => db.SaveClientChangesAsync(ct);
}
