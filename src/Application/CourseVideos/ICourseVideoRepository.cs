using VideoPlatform.Application.Querying;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.CourseVideos;

public enum AddCourseVideoOutcome
{
    Added,
    HashTaken,
    CourseMissing,
}

/// <summary>The course videos in courses.db.</summary>
public interface ICourseVideoRepository : IListReader<CourseVideo>
{
    Task<CourseVideo?> GetByHashAsync(string hash, CancellationToken ct);

    Task<IReadOnlyList<CourseVideo>> ListByCoursesAsync(IReadOnlyCollection<int> courseIds, CancellationToken ct);

    /// <summary>Inserts and saves. The database, not a prior read, decides races: a hash taken or a
    /// course deleted in the meantime come back as outcomes, not exceptions.</summary>
    Task<AddCourseVideoOutcome> TryAddAsync(CourseVideo video, CancellationToken ct);

    void Remove(CourseVideo video);

    Task SaveChangesAsync(CancellationToken ct);
}
