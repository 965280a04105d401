using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Courses.CreateCourse;

public sealed class CreateCourseHandler(Permissions permissions, ICourseRepository courses, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<CourseDto>> HandleAsync(CourseChanges input, CancellationToken ct)
    {
        if (permissions.ToAuthor("create courses") is { IsSuccess: false } refused)
        {
            return refused.Refused<CourseDto>();
        }

        var errors = new FieldErrors().AddRange(input.Check(creating: true));
        if (errors.Any)
        {
            return errors.ToInvalid<CourseDto>();
        }

        var course = Course.Create(input.Title!, input, clock.GetUtcNow().UtcDateTime, ownerId: permissions.CallerId);
        courses.Add(course);
        await courses.SaveChangesAsync(ct);
        return Result.Created(mapper.Map<CourseDto>(course));
    }
}
