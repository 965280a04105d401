using Microsoft.EntityFrameworkCore;
using VideoPlatform.Domain.Videos;
using VideoPlatform.Infrastructure.Persistence.Videos.Configurations;

namespace VideoPlatform.Infrastructure.Persistence.Videos;

/// <summary>videos.db: standalone (admin) videos, and course videos the old system left here.</summary>
public sealed class VideosDbContext(DbContextOptions<VideosDbContext> options) : MetadataDbContext(options)
{
    public DbSet<Video> Videos => Set<Video>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new VideoConfiguration());
        base.OnModelCreating(modelBuilder);
    }
}
