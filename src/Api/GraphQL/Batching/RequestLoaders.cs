using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Courses.GetCoursesByIds;
using VideoPlatform.Application.CourseVideos.ListVideosOfCourses;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Api.GraphQL.Batching;

/// <summary>The batch loaders of one request: parents' children and parents' parents in one query per level.</summary>
public sealed class RequestLoaders(ListVideosOfCoursesHandler videosOfCourses, GetCoursesByIdsHandler coursesByIds)
{
    public BatchLoader<int, IReadOnlyList<VideoDto>> CourseVideos { get; } = new(async (ids, ct) =>
    {
        var lookup = await videosOfCourses.HandleAsync(ids, ct);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<VideoDto>)lookup[id].ToList());
    });

    public BatchLoader<int, CourseDto> Courses { get; } = new(coursesByIds.HandleAsync);
}
