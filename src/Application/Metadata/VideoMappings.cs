using System.Globalization;
using Mapster;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Metadata;

public sealed class VideoMappings : IRegister
{
    /// <summary>Python's isoformat() of a naive datetime, which the deployed clients parse.</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff";

    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<CourseVideo, VideoDto>()
            .Map(d => d.Stopped, s => s.Stopped ? 1 : 0)
            .Map(d => d.CreatedAt, s => FormatTimestamp(s.CreatedAt))
            .Map(d => d.CourseId, s => (int?)s.CourseId);
        config.NewConfig<Video, VideoDto>()
            .Map(d => d.Stopped, s => s.Stopped ? 1 : 0)
            .Map(d => d.CreatedAt, s => FormatTimestamp(s.CreatedAt));
    }

    public static string? FormatTimestamp(DateTime? value) =>
        value?.ToString(TimestampFormat, CultureInfo.InvariantCulture);
}
