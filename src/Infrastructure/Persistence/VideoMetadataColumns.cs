using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>The columns course_videos and videos share, mapped once for both contexts.</summary>
internal static class VideoMetadataColumns
{
    public static void Map<T>(EntityTypeBuilder<T> builder) where T : VideoMetadata
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasColumnName("id");
        builder.Property(v => v.Hash).HasColumnName("hash").HasMaxLength(VideoMetadata.HashMaxLength).IsRequired();
        builder.HasIndex(v => v.Hash).IsUnique();
        builder.Property(v => v.Filename).HasColumnName("filename");
        builder.Property(v => v.Title).HasColumnName("title");
        builder.Property(v => v.Description).HasColumnName("description");
        builder.Property(v => v.Category).HasColumnName("category");
        builder.Property(v => v.Status).HasColumnName("status");
        builder.Property(v => v.ThumbnailFilename).HasColumnName("thumbnail_filename");
        builder.Property(v => v.OriginalResolution).HasColumnName("original_resolution");
        builder.Property(v => v.OriginalQualityLabel).HasColumnName("original_quality_label");
        builder.Property(v => v.Stopped).HasColumnName("stopped");
        builder.Property(v => v.TranscodingStatus).HasColumnName("transcoding_status");
        builder.Property(v => v.CreatedAt).HasColumnName("created_at").HasConversion(new SqlAlchemyDateTimeConverter());
        builder.Property(v => v.ScheduledAt).HasColumnName("scheduled_at");
    }
}
