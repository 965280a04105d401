using Mapster;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Courses;

public sealed class CourseMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<Course, CourseDto>()
            .Map(d => d.CreatedAt, s => VideoMappings.FormatTimestamp(s.CreatedAt))
            .Map(d => d.UpdatedAt, s => VideoMappings.FormatTimestamp(s.UpdatedAt));
}
