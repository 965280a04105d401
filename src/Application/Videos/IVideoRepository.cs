using VideoPlatform.Application.Querying;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Videos;

/// <summary>The admin videos in videos.db.</summary>
public interface IVideoRepository : IListReader<Video>
{
    Task<Video?> GetByHashAsync(string hash, CancellationToken ct);

    Task<IReadOnlyList<Video>> ListByCoursesAsync(IReadOnlyCollection<int> courseIds, CancellationToken ct);

    /// <summary>Every row that still carries a course id, oldest first (what the migration moves).</summary>
    Task<IReadOnlyList<Video>> ListWithCourseAsync(CancellationToken ct);

    /// <summary>Inserts and saves; false when the hash is already taken (a concurrent create won).</summary>
    Task<bool> TryAddAsync(Video video, CancellationToken ct);

    void Remove(Video video);

    Task SaveChangesAsync(CancellationToken ct);
}
