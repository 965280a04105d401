namespace VideoPlatform.Infrastructure.Storage;

/// <summary>
/// Removes a folder others may be using at that moment (another request, or another instance sharing the
/// storage root): it is first renamed out of the way in one step, so nobody can create a file in it under
/// its old name while it is being emptied, then deleted. A removal that stopped half way leaves a renamed
/// folder that <see cref="RemoveLeftovers"/> finishes.
/// </summary>
internal static class FolderRemoval
{
    private const string Prefix = ".removing-";

    /// <returns>False when the folder was already gone.</returns>
    public static bool Remove(string folder)
    {
        if (MoveAside(folder) is not { } doomed)
        {
            return false;
        }

        Directory.Delete(doomed, recursive: true);
        return true;
    }

    /// <summary>
    /// Like <see cref="Remove"/>, but only the rename happens now: the folder is gone from its place at once,
    /// and its files are deleted in the background. Freeing a large upload's blocks takes the file system a
    /// while (about 0.4 s per GiB here), which nobody should wait for.
    /// </summary>
    /// <returns>False when the folder was already gone.</returns>
    public static bool RemoveSoon(string folder)
    {
        if (MoveAside(folder) is not { } doomed)
        {
            return false;
        }

        _ = Task.Run(() =>
        {
            try
            {
                Directory.Delete(doomed, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for RemoveLeftovers.
            }
        });
        return true;
    }

    /// <summary>Removes a file the same way: renamed aside now, deleted in the background.</summary>
    public static void RemoveFileSoon(string path)
    {
        var doomed = $"{path}{Prefix}{Guid.NewGuid():N}";
        try
        {
            File.Move(path, doomed);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return;
        }

        _ = Task.Run(() => DurableFiles.TryDelete(doomed));
    }

    private static string? MoveAside(string folder)
    {
        var doomed = Path.Combine(Path.GetDirectoryName(folder)!, $"{Prefix}{Path.GetFileName(folder)}-{Guid.NewGuid():N}");
        try
        {
            Directory.Move(folder, doomed);
            return doomed;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Finishes removals a crash interrupted, once they are old enough that nobody is still at them.</summary>
    public static void RemoveLeftovers(string parent, TimeSpan age)
    {
        foreach (var doomed in Directory.EnumerateDirectories(parent, $"{Prefix}*"))
        {
            try
            {
                if (Directory.GetLastWriteTimeUtc(doomed) < DateTime.UtcNow - age)
                {
                    Directory.Delete(doomed, recursive: true);
                }
            }
            catch (IOException)
            {
                // Another instance is finishing it.
            }
        }
    }
}
