using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Infrastructure.Persistence.Videos.Configurations;

internal sealed class VideoConfiguration : IEntityTypeConfiguration<Video>
{
    public void Configure(EntityTypeBuilder<Video> builder)
    {
        builder.ToTable("videos");
        VideoMetadataColumns.Map(builder);
        builder.Property(v => v.CourseId).HasColumnName("course_id");
        builder.HasIndex(v => v.CourseId);
    }
}
