using MapsterMapper;

namespace VideoPlatform.Application.Sections.ListSectionsOfCourses;

/// <summary>The sections of many courses in one query, each course's in order.</summary>
public sealed class ListSectionsOfCoursesHandler(ISectionRepository sections, IMapper mapper)
{
    public async Task<ILookup<int, SectionDto>> HandleAsync(IReadOnlyCollection<int> courseIds, CancellationToken ct) =>
        mapper.Map<List<SectionDto>>(await sections.ListByCoursesAsync(courseIds, ct)).ToLookup(s => s.CourseId);
}
