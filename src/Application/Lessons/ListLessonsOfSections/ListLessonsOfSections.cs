using MapsterMapper;

namespace VideoPlatform.Application.Lessons.ListLessonsOfSections;

/// <summary>The lessons of many sections in one query, each section's in order.</summary>
public sealed class ListLessonsOfSectionsHandler(ILessonRepository lessons, IMapper mapper)
{
    public async Task<ILookup<int, LessonDto>> HandleAsync(IReadOnlyCollection<int> sectionIds, CancellationToken ct) =>
        mapper.Map<List<LessonDto>>(await lessons.ListBySectionsAsync(sectionIds, ct)).ToLookup(l => l.SectionId);
}
