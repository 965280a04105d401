using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Sections.AddSection;

public sealed class AddSectionHandler(Permissions permissions, ICourseRepository courses, ISectionRepository sections, IMapper mapper)
{
    public async Task<Result<SectionDto>> HandleAsync(int courseId, SectionChanges input, CancellationToken ct)
    {
        if (await permissions.ToChangeCourseAsync(courseId, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<SectionDto>();
        }

        var errors = new FieldErrors().AddRange(input.Check(creating: true));
        if (errors.Any)
        {
            return errors.ToInvalid<SectionDto>();
        }

        if (!await courses.ExistsAsync(courseId, ct))
        {
            return Result<SectionDto>.NotFound(CourseErrors.NotFound);
        }

        var section = Section.Create(courseId, input);
        sections.Add(section);
        await sections.SaveChangesAsync(ct);
        return Result.Created(mapper.Map<SectionDto>(section));
    }
}
