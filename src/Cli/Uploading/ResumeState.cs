using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace VideoPlatform.Cli.Uploading;

/// <summary>
/// Which upload a file is being sent as, remembered on disk so that a rerun after Ctrl-C, a lost network or a
/// crash continues it instead of starting over. The key is the server, the file (path, size, modification time),
/// the course and the chunk size: change any and it is another upload.
/// </summary>
public sealed class ResumeState(string folder)
{
    /// <summary>$VP_STATE_DIR, else the user's state folder (XDG_STATE_HOME or ~/.local/state), under vp/uploads.</summary>
    public static ResumeState Default()
    {
        var root = Environment.GetEnvironmentVariable("VP_STATE_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetEnvironmentVariable("XDG_STATE_HOME") is { Length: > 0 } xdg
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state"), "vp", "uploads");
        return new ResumeState(root);
    }

    /// <summary>The upload this file was being sent as; null when there is none, or its record cannot be read (then it starts over).</summary>
    public string? Find(string key)
    {
        try
        {
            return File.Exists(PathOf(key)) && JsonSerializer.Deserialize<Entry>(File.ReadAllText(PathOf(key))) is { UploadId: { Length: > 0 } id } ? id : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Remember(string key, string uploadId)
    {
        Directory.CreateDirectory(folder);
        var path = PathOf(key);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(new Entry(uploadId)));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    public void Forget(string key) => File.Delete(PathOf(key));

    public static string KeyOf(Uri server, FileInfo file, int? courseId, long chunkSize) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{server.AbsoluteUri}\n{file.FullName}\n{file.Length}\n{file.LastWriteTimeUtc.Ticks}\n{courseId}\n{chunkSize}")));

    private string PathOf(string key) => Path.Combine(folder, key + ".json");

    private sealed record Entry(string UploadId);
}
