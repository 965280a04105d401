using Mapster;
using VideoPlatform.Application;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.UnitTests.Mapping;

public sealed class MappingConfigTests
{
    private readonly TypeAdapterConfig _config = DependencyInjection.CreateMappingConfig();

    [Fact]
    public void The_mapping_configuration_compiles_and_covers_every_destination_member()
    {
        _config.RequireDestinationMemberSource = true;
        _config.Compile();
    }

    [Fact]
    public void A_video_maps_to_the_wire_shape_the_old_clients_read()
    {
        var created = new DateTime(2026, 11, 23, 10, 15, 30, 123, DateTimeKind.Utc).AddTicks(4560);
        var video = CourseVideo.Create("h", "f.mp4", new VideoChanges { Stopped = true }, 5, created);

        var dto = video.Adapt<VideoDto>(_config);

        Assert.True(dto.Stopped);
        Assert.Equal(created, dto.CreatedAt);
        Assert.Equal(5, dto.CourseId);
        Assert.Equal("f.mp4", dto.Title);
    }

    [Fact]
    public void A_course_maps_its_timestamps_and_defaults()
    {
        var created = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var dto = Course.Create("T", new CourseChanges(), created).Adapt<CourseDto>(_config);

        Assert.Equal(created, dto.CreatedAt);
        Assert.Equal(created, dto.UpdatedAt);
        Assert.Equal("Beginner", dto.Level);
    }
}
