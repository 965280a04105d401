using Mapster;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.Courses;

public sealed class CourseMappings : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<Course, CourseDto>();
}
