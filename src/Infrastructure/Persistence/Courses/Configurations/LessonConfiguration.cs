using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Infrastructure.Persistence.Courses.Configurations;

/// <summary>The old course service's <c>lessons</c> table; resources are JSON text, kept as stored.</summary>
internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.ToTable("lessons");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Title).IsRequired();
        builder.Property(l => l.Type).IsRequired();
        builder.Property(l => l.Resources).HasColumnType("JSON");
        builder.Property(l => l.Downloadable).HasDefaultValue(false);
        builder.HasIndex(l => l.SectionId);
        builder.HasOne<Section>().WithMany().HasForeignKey(l => l.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
