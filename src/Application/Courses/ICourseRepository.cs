using VideoPlatform.Application.Querying;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Courses;

public interface ICourseRepository : IListReader<Course>
{
    Task<Course?> GetByIdAsync(int id, CancellationToken ct);

    Task<bool> ExistsAsync(int id, CancellationToken ct);

    Task<IReadOnlyList<Course>> ListByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken ct);

    void Add(Course course);

    /// <summary>Deletes the course with its sections, their lessons and its course videos, in one transaction.
    /// Done explicitly rather than by foreign keys: the old service's tables have no ON DELETE CASCADE.</summary>
    Task RemoveAsync(Course course, CancellationToken ct);

    Task SaveChangesAsync(CancellationToken ct);
}
