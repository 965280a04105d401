using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Courses.CreateCourse;

public sealed class CreateCourseHandler(ICourseRepository courses, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<CourseDto>> HandleAsync(CourseFields input, CancellationToken ct)
    {
        var errors = input.Check(creating: true);
        if (errors.Any)
        {
            return errors.ToInvalid<CourseDto>();
        }

        var course = Course.Create(input.Title!, input.ToChanges(), clock.GetUtcNow().UtcDateTime);
        courses.Add(course);
        await courses.SaveChangesAsync(ct);
        return Result.Created(mapper.Map<CourseDto>(course));
    }
}
