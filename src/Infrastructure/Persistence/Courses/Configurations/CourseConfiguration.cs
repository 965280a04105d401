using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Infrastructure.Persistence.Courses.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.Title).HasColumnName("title").HasMaxLength(Course.TitleMaxLength).IsRequired();
        builder.Property(c => c.Subtitle).HasColumnName("subtitle");
        builder.Property(c => c.Description).HasColumnName("description");
        builder.Property(c => c.Category).HasColumnName("category");
        builder.Property(c => c.Subcategory).HasColumnName("subcategory");
        builder.Property(c => c.Level).HasColumnName("level");
        builder.Property(c => c.Language).HasColumnName("language");
        builder.Property(c => c.Price).HasColumnName("price");
        builder.Property(c => c.Currency).HasColumnName("currency");
        builder.Property(c => c.Status).HasColumnName("status");
        builder.Property(c => c.ThumbnailUrl).HasColumnName("thumbnail_url");
        builder.Property(c => c.PromoVideoId).HasColumnName("promo_video_id");
        builder.Property(c => c.CreatedAt).HasColumnName("created_at").HasConversion(new SqlAlchemyDateTimeConverter());
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at").HasConversion(new SqlAlchemyDateTimeConverter());
    }
}
