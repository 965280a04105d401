using Mapster;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Metadata;

public sealed class VideoMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<CourseVideo, VideoDto>()
            .Map(d => d.Stopped, s => s.Stopped ? 1 : 0)
            .Map(d => d.CourseId, s => (int?)s.CourseId);
        config.NewConfig<Video, VideoDto>()
            .Map(d => d.Stopped, s => s.Stopped ? 1 : 0);
    }
}
