using Ardalis.Result;
using MapsterMapper;

namespace VideoPlatform.Application.Sections.DeleteSection;

/// <summary>Deletes a section with its lessons; answers the section as it was.</summary>
public sealed class DeleteSectionHandler(ISectionRepository sections, IMapper mapper)
{
    public async Task<Result<SectionDto>> HandleAsync(int courseId, int sectionId, CancellationToken ct)
    {
        var section = await sections.GetAsync(courseId, sectionId, ct);
        if (section is null)
        {
            return Result<SectionDto>.NotFound(SectionErrors.NotFound);
        }

        var deleted = mapper.Map<SectionDto>(section);
        await sections.RemoveAsync(section, ct);
        return deleted;
    }
}
