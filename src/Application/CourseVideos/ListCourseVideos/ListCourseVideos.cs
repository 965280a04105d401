using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Courses.GetCourse;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Videos;

namespace VideoPlatform.Application.CourseVideos.ListCourseVideos;

/// <summary>
/// A course's videos: its rows in courses.db plus those the old system left in videos.db for it,
/// one entry per hash, in upload order.
/// </summary>
public sealed class ListCourseVideosHandler(
    ICourseRepository courses, ICourseVideoRepository courseVideos, IVideoRepository videos, IMapper mapper)
{
    public async Task<Result<IReadOnlyList<VideoDto>>> HandleAsync(int courseId, CancellationToken ct)
    {
        if (!await courses.ExistsAsync(courseId, ct))
        {
            return Result<IReadOnlyList<VideoDto>>.NotFound(GetCourseHandler.NotFoundMessage);
        }

        // Order matters while the migration runs: it inserts into courses.db, then deletes from
        // videos.db. Reading videos.db first means a row moved in between is seen in courses.db;
        // reading courses.db first could miss it in both. Duplicates are removed below.
        var legacy = await videos.ListByCourseAsync(courseId, ct);
        var current = await courseVideos.ListByCourseAsync(courseId, ct);

        var merged = mapper.Map<List<VideoDto>>(current);
        var seen = merged.Select(v => v.Hash).ToHashSet(StringComparer.Ordinal);
        merged.AddRange(legacy.Where(v => seen.Add(v.Hash)).Select(mapper.Map<VideoDto>));
        return merged
            .OrderBy(v => v.CreatedAt)
            .ThenBy(v => v.Hash, StringComparer.Ordinal)
            .ToList();
    }
}
