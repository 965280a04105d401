using MapsterMapper;

namespace VideoPlatform.Application.Courses.GetCoursesByIds;

/// <summary>Many courses by id in one query (the course of each of many videos); unknown ids are left out.</summary>
public sealed class GetCoursesByIdsHandler(ICourseRepository courses, IMapper mapper)
{
    public async Task<IReadOnlyDictionary<int, CourseDto>> HandleAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        (await courses.ListByIdsAsync(ids, ct)).ToDictionary(c => c.Id, mapper.Map<CourseDto>);
}
