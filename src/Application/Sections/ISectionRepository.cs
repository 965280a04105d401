using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Sections;

/// <summary>The sections of courses (courses.db).</summary>
public interface ISectionRepository
{
    /// <summary>The section, when it belongs to the course.</summary>
    Task<Section?> GetAsync(int courseId, int sectionId, CancellationToken ct);

    /// <summary>The sections of these courses, in course order (then id).</summary>
    Task<IReadOnlyList<Section>> ListByCoursesAsync(IReadOnlyCollection<int> courseIds, CancellationToken ct);

    void Add(Section section);

    /// <summary>Deletes the section and its lessons in one transaction.</summary>
    Task RemoveAsync(Section section, CancellationToken ct);

    Task SaveChangesAsync(CancellationToken ct);
}
