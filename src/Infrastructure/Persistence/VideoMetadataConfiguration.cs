using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Infrastructure.Persistence;

/// <summary>What course_videos and videos share beyond their columns (which map by name): keys, indexes, defaults.</summary>
internal static class VideoMetadataConfiguration
{
    public static void Configure<T>(EntityTypeBuilder<T> builder) where T : VideoMetadata
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Hash).IsRequired();
        builder.HasIndex(v => v.Hash).IsUnique();

        // The seed's DDL defaults, for rows another writer inserts without them.
        builder.Property(v => v.Stopped).HasDefaultValue(false);
        builder.Property(v => v.TranscodingStatus).HasDefaultValue(TranscodingStatuses.Pending);

        // Lists are newest first; with this index a page is read in order instead of sorting the table.
        builder.HasIndex(v => new { v.CreatedAt, v.Id });

        // The media workers' queue: videos waiting (or whose claim lapsed) are found without a table scan.
        builder.HasIndex(v => new { v.TranscodingStatus, v.ProcessingLeaseUntil });
        builder.Property(v => v.ProcessingAttempts).HasDefaultValue(0);

        // A worker saves a video only while it still holds the claim (see ProcessingQueue.SaveAsync).
        builder.Property(v => v.ProcessingClaimedBy).IsConcurrencyToken();
    }
}
