using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Courses.GetCoursesByIds;
using VideoPlatform.Application.CourseVideos.ListVideosOfCourses;
using VideoPlatform.Application.Lessons;
using VideoPlatform.Application.Lessons.ListLessonsOfSections;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Sections;
using VideoPlatform.Application.Sections.ListSectionsOfCourses;

namespace VideoPlatform.Api.GraphQL.Batching;

/// <summary>The batch loaders of one request: parents' children and parents' parents in one query per level.</summary>
public sealed class RequestLoaders(
    ListVideosOfCoursesHandler videosOfCourses,
    GetCoursesByIdsHandler coursesByIds,
    ListSectionsOfCoursesHandler sectionsOfCourses,
    ListLessonsOfSectionsHandler lessonsOfSections)
{
    public BatchLoader<int, IReadOnlyList<VideoDto>> CourseVideos { get; } = new(async (ids, ct) => Group(await videosOfCourses.HandleAsync(ids, ct), ids));

    public BatchLoader<int, CourseDto> Courses { get; } = new(coursesByIds.HandleAsync);

    public BatchLoader<int, IReadOnlyList<SectionDto>> Sections { get; } = new(async (ids, ct) => Group(await sectionsOfCourses.HandleAsync(ids, ct), ids));

    public BatchLoader<int, IReadOnlyList<LessonDto>> Lessons { get; } = new(async (ids, ct) => Group(await lessonsOfSections.HandleAsync(ids, ct), ids));

    private static IReadOnlyDictionary<int, IReadOnlyList<T>> Group<T>(ILookup<int, T> lookup, IReadOnlyCollection<int> ids) =>
        ids.ToDictionary(id => id, id => (IReadOnlyList<T>)lookup[id].ToList());
}
