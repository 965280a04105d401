using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.CourseVideos;
using VideoPlatform.Application.Media;

namespace VideoPlatform.Application.Courses.DeleteCourse;

/// <summary>Deletes a course with its course videos (rows, then their files); answers the course as it was.</summary>
public sealed class DeleteCourseHandler(Permissions permissions, ICourseRepository courses, ICourseVideoRepository courseVideos, IMediaLibrary files, IMapper mapper)
{
    public async Task<Result<CourseDto>> HandleAsync(int id, CancellationToken ct)
    {
        if (permissions.ToAdminister("delete courses") is { IsSuccess: false } refused)
        {
            return refused.Refused<CourseDto>();
        }

        var course = await courses.GetByIdAsync(id, ct);
        if (course is null)
        {
            return Result<CourseDto>.NotFound(CourseErrors.NotFound);
        }

        var deleted = mapper.Map<CourseDto>(course);
        var videos = await courseVideos.ListByCoursesAsync([id], ct);
        await courses.RemoveAsync(course, ct);
        foreach (var video in videos)
        {
            await files.DeleteAsync(video.Hash, ct);
        }

        return deleted;
    }
}
