using Ardalis.Result;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.CourseVideos.ListVideosOfCourses;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Application.CourseVideos.ListVideosOfCourse;

/// <summary>One course's whole video list (see <see cref="ListVideosOfCoursesHandler"/>); an unknown course is not found.</summary>
public sealed class ListVideosOfCourseHandler(ICourseRepository courses, ListVideosOfCoursesHandler lists)
{
    public async Task<Result<IReadOnlyList<VideoDto>>> HandleAsync(int courseId, CancellationToken ct)
    {
        if (!await courses.ExistsAsync(courseId, ct))
        {
            return Result<IReadOnlyList<VideoDto>>.NotFound(CourseErrors.NotFound);
        }

        return (await lists.HandleAsync([courseId], ct))[courseId].ToList();
    }
}
