using VideoPlatform.Application.Querying;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Metadata;

/// <summary>The filterable, sortable fields both kinds of video share.</summary>
public static class MetadataFields
{
    public static QueryableFields<T> Add<T>(QueryableFields<T> fields) where T : Domain.Videos.VideoMetadata => fields
        .Int("id", v => v.Id)
        .String("hash", v => v.Hash)
        .String("filename", v => v.Filename)
        .String("title", v => v.Title)
        .String("description", v => v.Description)
        .String("category", v => v.Category)
        .String("status", v => v.Status)
        .String("thumbnailFilename", v => v.ThumbnailFilename)
        .String("originalResolution", v => v.OriginalResolution)
        .String("originalQualityLabel", v => v.OriginalQualityLabel)
        .Boolean("stopped", v => v.Stopped)
        .String("transcodingStatus", v => v.TranscodingStatus)
        .DateTime("createdAt", v => v.CreatedAt)
        .String("scheduledAt", v => v.ScheduledAt);
}
