using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Courses.ListCourses;
using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Querying;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Courses;

using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.CourseVideos.ListCourseVideos;

/// <summary>
/// Course videos in courses.db, of one course or all, filtered, sorted and paged in the database (the
/// GraphQL <c>courseVideos</c> connection). Legacy rows still in videos.db are not in it; a course's whole
/// list is <see cref="ListVideosOfCourses.ListVideosOfCoursesHandler"/>.
/// </summary>
public sealed class ListCourseVideosHandler(ICourseVideoRepository courseVideos, Paginator paginator, IMapper mapper)
{
    public static QueryableFields<CourseVideo> Fields { get; } = QueryableFields<CourseVideo>.FromProperties([.. VideoMetadata.ProcessingFields, nameof(VideoMetadata.ScheduledAt)])
        .Named(nameof(VideoMetadata.ScheduledAtUtc), nameof(VideoMetadata.ScheduledAt))
        .One<Course>("Course", () => ListCoursesHandler.Fields, (video, course) => course.Id == video.CourseId);

    public async Task<Result<Page<VideoDto>>> HandleAsync(int? courseId, ListQuery query, CancellationToken ct)
    {
        if (query.Check() is { Any: true } tooLarge)
        {
            return tooLarge.ToInvalid<Page<VideoDto>>();
        }

        var shape = QueryShape<CourseVideo>.Create(Fields, OfCourse(courseId, query.Where), query.Order, v => v.Id);
        var page = await paginator.PageAsync(courseVideos, shape, query.Page, query.IncludeTotal, ct);
        return page.Map(p => p.Map(mapper.Map<VideoDto>));
    }

    private static Filter? OfCourse(int? courseId, Filter? where) => courseId is null ? where : (where ?? Filter.Empty) with
    {
        And =
        [
            .. where?.And ?? [],
            new Filter(new Dictionary<string, FieldFilter>
            {
                [nameof(CourseVideo.CourseId)] = new([new Condition(FilterOperator.Eq, courseId)], [], []),
            }, [], []),
        ],
    };
}
