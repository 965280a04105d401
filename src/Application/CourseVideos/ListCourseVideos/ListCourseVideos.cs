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
        // reading courses.db first could miss it in both. Duplicates are removed by Merge.
        var legacy = await videos.ListByCourseAsync(courseId, ct);
        var current = await courseVideos.ListByCourseAsync(courseId, ct);
        return Merge(mapper.Map<List<VideoDto>>(current), mapper.Map<List<VideoDto>>(legacy));
    }

    /// <summary>The same list for many courses in two queries, whatever their number (GraphQL Course.videos).</summary>
    public async Task<ILookup<int, VideoDto>> ForCoursesAsync(IReadOnlyCollection<int> courseIds, CancellationToken ct)
    {
        var legacy = mapper.Map<List<VideoDto>>(await videos.ListByCoursesAsync(courseIds, ct)).ToLookup(v => v.CourseId!.Value); // videos.db first, as above
        var current = mapper.Map<List<VideoDto>>(await courseVideos.ListByCoursesAsync(courseIds, ct)).ToLookup(v => v.CourseId!.Value);
        return courseIds.SelectMany(id => Merge(current[id].ToList(), legacy[id].ToList())).ToLookup(v => v.CourseId!.Value);
    }

    private static List<VideoDto> Merge(List<VideoDto> current, List<VideoDto> legacy)
    {
        var seen = current.Select(v => v.Hash).ToHashSet(StringComparer.Ordinal);
        return current.Concat(legacy.Where(v => seen.Add(v.Hash)))
            .OrderBy(v => v.CreatedAt)
            .ThenBy(v => v.Hash, StringComparer.Ordinal)
            .ToList();
    }
}
