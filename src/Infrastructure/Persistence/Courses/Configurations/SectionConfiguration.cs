using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Infrastructure.Persistence.Courses.Configurations;

/// <summary>The old course service's <c>sections</c> table; learning objectives are a JSON list of strings.</summary>
internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.ToTable("sections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).IsRequired();
        builder.Property(s => s.LearningObjectives)
            .HasConversion(new ValueConverter<IReadOnlyList<string>?, string?>(
                v => v == null ? null : JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                s => s == null ? null : JsonSerializer.Deserialize<List<string>>(s, (JsonSerializerOptions?)null)))
            .Metadata.SetValueComparer(new ValueComparer<IReadOnlyList<string>?>(
                (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
                v => v == null ? 0 : v.Aggregate(0, (hash, s) => HashCode.Combine(hash, s)),
                v => v == null ? null : v.ToList()));
        builder.Property(s => s.LearningObjectives).IsRequired(false).HasColumnType("JSON");
        builder.HasIndex(s => s.CourseId);
        builder.HasOne<Course>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
