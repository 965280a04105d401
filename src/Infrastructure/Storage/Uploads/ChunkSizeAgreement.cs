using System.Globalization;

namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>The first non-last chunk to finish decides an upload's chunk size; every later one must agree.</summary>
internal static class ChunkSizeAgreement
{
    /// <summary>The agreed size: <paramref name="size"/> when this chunk is the first to propose one.</summary>
    public static async Task<long> ProposeAsync(UploadFolder folder, long size, CancellationToken ct)
    {
        if (await DurableFiles.TryCreateAsync(folder.ChunkSize, size.ToString(CultureInfo.InvariantCulture), ct))
        {
            return size;
        }

        return await ReadAsync(folder, ct) ?? size;
    }

    public static async Task<long?> ReadAsync(UploadFolder folder, CancellationToken ct)
    {
        try
        {
            return long.TryParse(await File.ReadAllTextAsync(folder.ChunkSize, ct), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0
                ? size
                : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
