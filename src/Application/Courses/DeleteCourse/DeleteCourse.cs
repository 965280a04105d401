using Ardalis.Result;
using MapsterMapper;

namespace VideoPlatform.Application.Courses.DeleteCourse;

/// <summary>Deletes a course and its course videos; answers the course as it was.</summary>
public sealed class DeleteCourseHandler(ICourseRepository courses, IMapper mapper)
{
    public async Task<Result<CourseDto>> HandleAsync(int id, CancellationToken ct)
    {
        var course = await courses.GetByIdAsync(id, ct);
        if (course is null)
        {
            return Result<CourseDto>.NotFound(CourseErrors.NotFound);
        }

        var deleted = mapper.Map<CourseDto>(course);
        await courses.RemoveAsync(course, ct);
        return deleted;
    }
}
