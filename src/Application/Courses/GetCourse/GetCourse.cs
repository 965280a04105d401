using Ardalis.Result;
using MapsterMapper;

namespace VideoPlatform.Application.Courses.GetCourse;

public sealed class GetCourseHandler(ICourseRepository courses, IMapper mapper)
{
    public async Task<Result<CourseDto>> HandleAsync(int id, CancellationToken ct)
    {
        var course = await courses.GetByIdAsync(id, ct);
        return course is null ? Result<CourseDto>.NotFound(CourseErrors.NotFound) : mapper.Map<CourseDto>(course);
    }
}
