using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Sections;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Lessons.AddLesson;

public sealed class AddLessonHandler(Permissions permissions, ISectionRepository sections, ILessonRepository lessons, IMapper mapper)
{
    public async Task<Result<LessonDto>> HandleAsync(int courseId, LessonChanges input, CancellationToken ct)
    {
        if (await permissions.ToChangeCourseAsync(courseId, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<LessonDto>();
        }

        var errors = new FieldErrors().AddRange(input.Check(creating: true));
        if (errors.Any)
        {
            return errors.ToInvalid<LessonDto>();
        }

        if (await sections.GetAsync(courseId, input.SectionId!.Value, ct) is null)
        {
            return FieldErrors.Invalid<LessonDto>(nameof(input.SectionId),
                $"{LessonErrors.InvalidSection}: section {input.SectionId} is not a section of course {courseId}; give {FieldViolation.Placeholder} of one of its sections.");
        }

        var lesson = Lesson.Create(input.SectionId.Value, input);
        lessons.Add(lesson);
        await lessons.SaveChangesAsync(ct);
        return Result.Created(mapper.Map<LessonDto>(lesson));
    }
}
