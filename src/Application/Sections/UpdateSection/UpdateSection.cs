using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Sections.UpdateSection;

public sealed class UpdateSectionHandler(ISectionRepository sections, IMapper mapper)
{
    public async Task<Result<SectionDto>> HandleAsync(int courseId, int sectionId, SectionChanges input, CancellationToken ct)
    {
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
