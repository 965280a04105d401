using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Infrastructure.Persistence.Courses.Configurations;

internal sealed class CourseVideoConfiguration : IEntityTypeConfiguration<CourseVideo>
{
    public void Configure(EntityTypeBuilder<CourseVideo> builder)
    {
        builder.ToTable("course_videos");
        VideoMetadataConfiguration.Configure(builder);
        builder.HasIndex(v => v.CourseId);
        builder.HasOne<Course>().WithMany().HasForeignKey(v => v.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
