using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>
/// Where one upload is staged, under <c>{root}/uploads/{upload_id}/</c>:
/// <list type="bullet">
/// <item><c>session.json</c>: the session.</item>
/// <item><c>data</c>: the file being built; each chunk is written at <c>index × chunk size</c>, so completing
/// needs no second copy of the bytes.</item>
/// <item><c>chunks/{i}.json</c>: written only after chunk i's bytes are on disk. Its presence is what
/// "accepted" means; a chunk cut off half-way leaves no record and stays missing.</item>
/// <item><c>chunk-size</c>: the size of every chunk but the last, from init or from the first non-last chunk.
/// Chunks that arrive before it is known wait in <c>spill/{i}</c> and are put in place on complete.</item>
/// <item><c>received.json</c>: for a streamed upload, how many bytes arrived in order from the start when its
/// last request ended; the pieces it completed have records as chunks do (see <see cref="StreamPieces"/>).</item>
/// <item><c>assembled.json</c>: the whole file's size and hash, once complete has put it together.</item>
/// <item><c>chunks/{i}.lock</c>, <c>append.lock</c>, <c>complete.lock</c>: advisory locks (see <see cref="FileLocks"/>).</item>
/// </list>
/// Every state file is written durably (<see cref="DurableFiles"/>).
/// </summary>
internal sealed class UploadFolder
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public UploadFolder(string uploadsRoot, string uploadId)
    {
        // The application parses ids strictly; this is the last guard before a path is built from one.
        if (!Domain.Uploads.UploadId.IsValid(uploadId))
        {
            throw new ArgumentException($"'{uploadId}' is not an upload id.", nameof(uploadId));
        }

        UploadId = uploadId;
        Path = System.IO.Path.Combine(uploadsRoot, uploadId);
    }

    public string UploadId { get; }

    public string Path { get; }

    public bool Exists => Directory.Exists(Path);

    public string Session => Combine("session.json");

    public string Data => Combine("data");

    public string Chunks => Combine("chunks");

    public string Spill => Combine("spill");

    public string ChunkSize => Combine("chunk-size");

    public string Assembled => Combine("assembled.json");

    public string Received => Combine("received.json");

    public string AppendLock => System.IO.Path.Combine(Chunks, "append.lock");

    public string CompleteLock => Combine("complete.lock");

    public string Record(int index) => System.IO.Path.Combine(Chunks, $"{index.ToString(CultureInfo.InvariantCulture)}.json");

    public string ChunkLock(int index) => System.IO.Path.Combine(Chunks, $"{index.ToString(CultureInfo.InvariantCulture)}.lock");

    public string SpillFile(int index) => System.IO.Path.Combine(Spill, index.ToString(CultureInfo.InvariantCulture));

    private string Combine(string name) => System.IO.Path.Combine(Path, name);
}
