using Ardalis.Result;
using VideoPlatform.Application.Courses.GetCourse;

namespace VideoPlatform.Application.Courses.DeleteCourse;

public sealed class DeleteCourseHandler(ICourseRepository courses)
{
    public async Task<Result> HandleAsync(int id, CancellationToken ct)
    {
        var course = await courses.GetByIdAsync(id, ct);
        if (course is null)
        {
            return Result.NotFound(GetCourseHandler.NotFoundMessage);
        }

        await courses.RemoveAsync(course, ct);
        return Result.Success();
    }
}
