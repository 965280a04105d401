using MapsterMapper;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Videos;

namespace VideoPlatform.Application.CourseVideos.ListVideosOfCourses;

/// <summary>
/// The whole video list of each of many courses, in two queries whatever their number: a course's rows in
/// courses.db plus those the old system left in videos.db for it, one entry per hash, in upload order.
/// </summary>
public sealed class ListVideosOfCoursesHandler(ICourseVideoRepository courseVideos, IVideoRepository videos, IMapper mapper)
{
    public async Task<ILookup<int, VideoDto>> HandleAsync(IReadOnlyCollection<int> courseIds, CancellationToken ct)
    {
        // Order matters while the migration runs: it inserts into courses.db, then deletes from
        // videos.db. Reading videos.db first means a row moved in between is seen in courses.db;
        // reading courses.db first could miss it in both. Duplicates are removed by Merge.
        var legacy = mapper.Map<List<VideoDto>>(await videos.ListByCoursesAsync(courseIds, ct)).ToLookup(v => v.CourseId!.Value);
        var current = mapper.Map<List<VideoDto>>(await courseVideos.ListByCoursesAsync(courseIds, ct)).ToLookup(v => v.CourseId!.Value);
        return courseIds.SelectMany(id => Merge(current[id], legacy[id])).ToLookup(v => v.CourseId!.Value);
    }

    private static IEnumerable<VideoDto> Merge(IEnumerable<VideoDto> current, IEnumerable<VideoDto> legacy)
    {
        var kept = current.ToList();
        var seen = kept.Select(v => v.Hash).ToHashSet(StringComparer.Ordinal);
        return kept.Concat(legacy.Where(v => seen.Add(v.Hash)))
            .OrderBy(v => v.CreatedAt)
            .ThenBy(v => v.Hash, StringComparer.Ordinal);
    }
}
