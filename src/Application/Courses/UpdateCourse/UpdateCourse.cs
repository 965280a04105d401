using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Courses.GetCourse;

namespace VideoPlatform.Application.Courses.UpdateCourse;

public sealed class UpdateCourseHandler(ICourseRepository courses, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<CourseDto>> HandleAsync(int id, CourseFields input, CancellationToken ct)
    {
        var errors = input.Check(creating: false);
        if (errors.Any)
        {
            return errors.ToInvalid<CourseDto>();
        }

        var course = await courses.GetByIdAsync(id, ct);
        if (course is null)
        {
            return Result<CourseDto>.NotFound(GetCourseHandler.NotFoundMessage);
        }

        course.Apply(input.ToChanges(), clock.GetUtcNow().UtcDateTime);
        await courses.SaveChangesAsync(ct);
        return mapper.Map<CourseDto>(course);
    }
}
