using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Infrastructure.Persistence.Videos.Configurations;

internal sealed class VideoConfiguration : IEntityTypeConfiguration<Video>
{
    public void Configure(EntityTypeBuilder<Video> builder)
    {
        builder.ToTable("videos");
        VideoMetadataConfiguration.Configure(builder);
        builder.HasIndex(v => v.CourseId);
    }
}
