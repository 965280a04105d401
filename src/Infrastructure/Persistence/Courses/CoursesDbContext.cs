using Microsoft.EntityFrameworkCore;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Infrastructure.Persistence.Courses.Configurations;

namespace VideoPlatform.Infrastructure.Persistence.Courses;

/// <summary>courses.db: courses, their sections and lessons, and their videos.</summary>
public sealed class CoursesDbContext(DbContextOptions<CoursesDbContext> options) : MetadataDbContext(options)
{
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseVideo> CourseVideos => Set<CourseVideo>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Lesson> Lessons => Set<Lesson>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Explicit, not ApplyConfigurationsFromAssembly: that would map videos into courses.db too.
        modelBuilder.ApplyConfiguration(new CourseConfiguration());
        modelBuilder.ApplyConfiguration(new CourseVideoConfiguration());
        modelBuilder.ApplyConfiguration(new SectionConfiguration());
        modelBuilder.ApplyConfiguration(new LessonConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}
