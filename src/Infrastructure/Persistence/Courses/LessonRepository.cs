using Microsoft.EntityFrameworkCore;
using VideoPlatform.Application.Lessons;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Infrastructure.Persistence.Courses;

internal sealed class LessonRepository(CoursesDbContext db) : ILessonRepository
{
    public Task<Lesson?> GetAsync(int courseId, int lessonId, CancellationToken ct) =>
        db.Lessons.FirstOrDefaultAsync(l => l.Id == lessonId && db.Sections.Any(s => s.Id == l.SectionId && s.CourseId == courseId), ct);

    public async Task<IReadOnlyList<Lesson>> ListBySectionsAsync(IReadOnlyCollection<int> sectionIds, CancellationToken ct) =>
        await db.Lessons.AsNoTracking().Where(l => sectionIds.Contains(l.SectionId)).OrderBy(l => l.Order).ThenBy(l => l.Id).ToListAsync(ct);

    public void Add(Lesson lesson) => db.Lessons.Add(lesson);

    public void Remove(Lesson lesson) => db.Lessons.Remove(lesson);

    public Task SaveChangesAsync(CancellationToken ct) => db.SaveChangesAsync(ct);
}
