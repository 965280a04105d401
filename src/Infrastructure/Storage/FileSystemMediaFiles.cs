using Microsoft.Extensions.Logging;
using VideoPlatform.Application.Media;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Infrastructure.Storage;

/// <summary>
/// A video's files under the storage root: <c>originals/{course or default}/{hash}/</c> (looked for under
/// every folder, since a video can move between courses) and the record of its upload
/// (<c>uploads/{hash}/</c>). Called after the row is gone: a file that cannot be removed now is logged, and
/// the delete still succeeds, since the row (the video) no longer exists.
/// </summary>
internal sealed class FileSystemMediaFiles(StorageRoot root, ILogger<FileSystemMediaFiles> logger) : IMediaFiles
{
    public Task DeleteAsync(string hash, CancellationToken ct)
    {
        var originals = root.Resolve("originals");
        if (Directory.Exists(originals))
        {
            foreach (var folder in Directory.EnumerateDirectories(originals))
            {
                Remove(root.Resolve(Path.Combine("originals", Path.GetFileName(folder), hash)));
            }
        }

        if (UploadId.IsValid(hash))
        {
            Remove(Path.Combine(root.Uploads, hash));
        }

        return Task.CompletedTask;
    }

    private void Remove(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Could not remove {Folder} of a deleted video; remove it by hand", folder);
        }
    }
}
