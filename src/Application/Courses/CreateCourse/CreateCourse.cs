using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Courses.CreateCourse;

public sealed class CreateCourseHandler(ICourseRepository courses, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<CourseDto>> HandleAsync(CourseChanges input, CancellationToken ct)
    {
        var errors = new FieldErrors().AddRange(input.Check(creating: true));
        if (errors.Any)
        {
            return errors.ToInvalid<CourseDto>();
        }

        var course = Course.Create(input.Title!, input, clock.GetUtcNow().UtcDateTime);
        courses.Add(course);
        await courses.SaveChangesAsync(ct);
        return Result.Created(mapper.Map<CourseDto>(course));
    }
}
