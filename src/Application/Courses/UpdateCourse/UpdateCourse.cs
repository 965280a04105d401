using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Courses.UpdateCourse;

public sealed class UpdateCourseHandler(Permissions permissions, ICourseRepository courses, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<CourseDto>> HandleAsync(int id, CourseChanges input, CancellationToken ct)
    {
        var errors = new FieldErrors().AddRange(input.Check(creating: false));
        if (errors.Any)
        {
            return errors.ToInvalid<CourseDto>();
        }

        var course = await courses.GetByIdAsync(id, ct);
        if (course is null)
        {
            return Result<CourseDto>.NotFound(CourseErrors.NotFound);
        }

        if (permissions.ToChange(course) is { IsSuccess: false } refused)
        {
            return refused.Refused<CourseDto>();
        }

        course.Apply(input, clock.GetUtcNow().UtcDateTime);
        await courses.SaveChangesAsync(ct);
        return mapper.Map<CourseDto>(course);
    }
}
