using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;

namespace VideoPlatform.Application.Sections.DeleteSection;

/// <summary>Deletes a section with its lessons; answers the section as it was.</summary>
public sealed class DeleteSectionHandler(Permissions permissions, ISectionRepository sections, IMapper mapper)
{
    public async Task<Result<SectionDto>> HandleAsync(int courseId, int sectionId, CancellationToken ct)
    {
        if (await permissions.ToChangeCourseAsync(courseId, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<SectionDto>();
        }

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
