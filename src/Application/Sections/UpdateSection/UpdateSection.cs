using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Sections.UpdateSection;

public sealed class UpdateSectionHandler(Permissions permissions, ISectionRepository sections, IMapper mapper)
{
    public async Task<Result<SectionDto>> HandleAsync(int courseId, int sectionId, SectionChanges input, CancellationToken ct)
    {
        if (await permissions.ToChangeCourseAsync(courseId, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<SectionDto>();
        }

        var errors = new FieldErrors().AddRange(input.Check(creating: false));
        if (errors.Any)
        {
            return errors.ToInvalid<SectionDto>();
        }

        var section = await sections.GetAsync(courseId, sectionId, ct);
        if (section is null)
        {
            return Result<SectionDto>.NotFound(SectionErrors.NotFound);
        }

        section.Apply(input);
        await sections.SaveChangesAsync(ct);
        return mapper.Map<SectionDto>(section);
    }
}
