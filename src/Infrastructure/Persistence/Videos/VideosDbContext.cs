using Microsoft.EntityFrameworkCore;
using VideoPlatform.Domain.Categories;
using VideoPlatform.Domain.Videos;
using VideoPlatform.Infrastructure.Persistence.Videos.Configurations;

namespace VideoPlatform.Infrastructure.Persistence.Videos;

/// <summary>videos.db: standalone (admin) videos, course videos the old system left here, and categories.</summary>
public sealed class VideosDbContext(DbContextOptions<VideosDbContext> options) : MetadataDbContext(options)
{
    public DbSet<Video> Videos => Set<Video>();
    public DbSet<Category> Categories => Set<Category>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new VideoConfiguration());
        modelBuilder.ApplyConfiguration(new CategoryConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}
