namespace VideoPlatform.Application.Media;

/// <summary>
/// Every file a video has in storage (its original, what was made from it, the record of its upload), so
/// that deleting a video or a course leaves nothing behind that nothing would ever clean up.
/// </summary>
public interface IMediaFiles
{
    /// <summary>Removes the video's files wherever they are; a video without files is not an error.</summary>
    Task DeleteAsync(string hash, CancellationToken ct);
}
