using VideoPlatform.Application.Querying;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Courses;

public interface ICourseRepository
{
    Task<Course?> GetByIdAsync(int id, CancellationToken ct);

    Task<bool> ExistsAsync(int id, CancellationToken ct);

    Task<IReadOnlyList<Course>> ListByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken ct);

    /// <summary>A filtered, ordered window of rows, run in the database.</summary>
    Task<IReadOnlyList<Course>> QueryAsync(QueryShape<Course> shape, int skip, int take, CancellationToken ct);

    Task<int> CountAsync(QueryShape<Course> shape, CancellationToken ct);

    void Add(Course course);

    /// <summary>Deletes the course with its sections, their lessons and its course videos, in one transaction.
    /// Done explicitly rather than by foreign keys: the old service's tables have no ON DELETE CASCADE.</summary>
    Task RemoveAsync(Course course, CancellationToken ct);

    Task SaveChangesAsync(CancellationToken ct);
}
