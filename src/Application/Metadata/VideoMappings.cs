using Mapster;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Metadata;

/// <summary>Both kinds of video map to the read model by name; registered so the configuration test checks every field.</summary>
public sealed class VideoMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Video, VideoDto>();
        config.NewConfig<CourseVideo, VideoDto>();
    }
}
