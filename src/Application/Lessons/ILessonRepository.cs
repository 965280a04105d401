using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Lessons;

/// <summary>The lessons of course sections (courses.db).</summary>
public interface ILessonRepository
{
    /// <summary>The lesson, when its section belongs to the course.</summary>
    Task<Lesson?> GetAsync(int courseId, int lessonId, CancellationToken ct);

    /// <summary>The lessons of these sections, in section order (then id).</summary>
    Task<IReadOnlyList<Lesson>> ListBySectionsAsync(IReadOnlyCollection<int> sectionIds, CancellationToken ct);

    void Add(Lesson lesson);

    void Remove(Lesson lesson);

    Task SaveChangesAsync(CancellationToken ct);
}
