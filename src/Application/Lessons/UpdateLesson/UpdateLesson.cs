using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Sections;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Lessons.UpdateLesson;

public sealed class UpdateLessonHandler(Permissions permissions, ISectionRepository sections, ILessonRepository lessons, IMapper mapper)
{
    public async Task<Result<LessonDto>> HandleAsync(int courseId, int lessonId, LessonChanges input, CancellationToken ct)
    {
        if (await permissions.ToChangeCourseAsync(courseId, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<LessonDto>();
        }

        var errors = new FieldErrors().AddRange(input.Check(creating: false));
        if (errors.Any)
        {
            return errors.ToInvalid<LessonDto>();
        }

        var lesson = await lessons.GetAsync(courseId, lessonId, ct);
        if (lesson is null)
        {
            return Result<LessonDto>.NotFound(LessonErrors.NotFound);
        }

        if (input.SectionId is { } moveTo && moveTo != lesson.SectionId && await sections.GetAsync(courseId, moveTo, ct) is null)
        {
            return FieldErrors.Invalid<LessonDto>(nameof(input.SectionId),
                $"{LessonErrors.InvalidSection}: section {moveTo} is not a section of course {courseId}; give {FieldViolation.Placeholder} of one of its sections.");
        }

        lesson.Apply(input);
        await lessons.SaveChangesAsync(ct);
        return mapper.Map<LessonDto>(lesson);
    }
}
