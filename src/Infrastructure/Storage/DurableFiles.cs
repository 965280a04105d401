using System.Runtime.InteropServices;
using System.Text.Json;

namespace VideoPlatform.Infrastructure.Storage;

/// <summary>
/// Small state files that survive a crash or a power loss whole or not at all: written to a temporary file,
/// flushed to disk, renamed over the old one, and the folder flushed so the rename itself is durable.
/// A file that cannot be read back (torn by a crash before this was so, or damaged by hand) reads as
/// absent, so one bad record loses that record only.
/// </summary>
internal static partial class DurableFiles
{
    public static async Task WriteJsonAsync<T>(string path, T value, JsonSerializerOptions options, CancellationToken ct)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await JsonSerializer.SerializeAsync(file, value, options, ct);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            FlushFolder(Path.GetDirectoryName(path)!);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>The value, or null when the file is missing or unreadable.</summary>
    public static async Task<T?> ReadJsonAsync<T>(string path, JsonSerializerOptions options, CancellationToken ct) where T : class
    {
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous);
            return await JsonSerializer.DeserializeAsync<T>(file, options, ct);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Creates <paramref name="path"/> holding <paramref name="text"/> unless it exists; true when this call created it.</summary>
    public static async Task<bool> TryCreateAsync(string path, string text, CancellationToken ct)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), ct);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
            FlushFolder(Path.GetDirectoryName(path)!);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// Makes the folder's entries (a rename, a new file) durable. .NET has no API for it; on Linux and macOS
    /// the folder is opened and fsync'ed through libc. Elsewhere the file system's journal has to do.
    /// </summary>
    public static void FlushFolder(string folder)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var fd = Open(folder, 0 /* O_RDONLY */);
        if (fd < 0)
        {
            return;
        }

        try
        {
            _ = Fsync(fd);
        }
        finally
        {
            _ = Close(fd);
        }
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Already gone, or held: either way nothing more to do here.
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
