using VideoPlatform.Application.Uploads;

namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>The record of an accepted chunk: its size, its SHA-256 when the client sent one to check, and
/// whether its bytes wait in the spill folder rather than in place.</summary>
internal sealed record ChunkRecord(int Index, long Size, string? Sha256, bool Spilled)
{
    public ChunkInfo ToInfo() => new(Index, Size, Sha256);

    /// <summary>The records of every accepted chunk of an upload, in no particular order.</summary>
    public static async Task<List<ChunkRecord>> ReadAllAsync(UploadFolder folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder.Chunks))
        {
            return [];
        }

        var records = new List<ChunkRecord>();
        foreach (var path in Directory.EnumerateFiles(folder.Chunks, "*.json"))
        {
            // An unreadable record loses that chunk only: it reads as missing and can be sent again.
            if (await DurableFiles.ReadJsonAsync<ChunkRecord>(path, UploadFolder.Json, ct) is { } record)
            {
                records.Add(record);
            }
        }

        return records;
    }
}
