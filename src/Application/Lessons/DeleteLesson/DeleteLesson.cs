using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;

namespace VideoPlatform.Application.Lessons.DeleteLesson;

/// <summary>Deletes a lesson of a course; answers it as it was.</summary>
public sealed class DeleteLessonHandler(Permissions permissions, ILessonRepository lessons, IMapper mapper)
{
    public async Task<Result<LessonDto>> HandleAsync(int courseId, int lessonId, CancellationToken ct)
    {
        if (await permissions.ToChangeCourseAsync(courseId, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<LessonDto>();
        }

        var lesson = await lessons.GetAsync(courseId, lessonId, ct);
        if (lesson is null)
        {
            return Result<LessonDto>.NotFound(LessonErrors.NotFound);
        }

        var deleted = mapper.Map<LessonDto>(lesson);
        lessons.Remove(lesson);
        await lessons.SaveChangesAsync(ct);
        return deleted;
    }
}
