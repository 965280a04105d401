namespace VideoPlatform.Infrastructure.Storage;

/// <summary>
/// Removes a folder (or a file) others may be using at that moment (another request, or another instance
/// sharing the storage root): it is first renamed out of the way in one step, so nobody can create a file in
/// it under its old name while it is being emptied, then deleted. A removal that stopped half way leaves a
/// renamed folder that <see cref="RemoveLeftovers"/> finishes (a renamed file goes with its folder).
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
    /// Like <see cref="Remove"/> for a folder or a file, but only the rename happens now: it is gone from its
    /// place at once, and deleted in the background. Freeing a large upload's blocks takes the file system a
    /// while (about 0.4 s per GiB here), which nobody should wait for.
    /// </summary>
    /// <returns>False when it was already gone.</returns>
    public static bool RemoveSoon(string path)
    {
        if (MoveAside(path) is not { } doomed)
        {
            return false;
        }

        _ = Task.Run(() =>
        {
            try
            {
                if (Directory.Exists(doomed))
                {
                    Directory.Delete(doomed, recursive: true);
                }
                else
                {
                    File.Delete(doomed);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for RemoveLeftovers, or for the removal of the folder it is in.
            }
        });
        return true;
    }

    private static string? MoveAside(string path)
    {
        var doomed = Path.Combine(Path.GetDirectoryName(path)!, $"{Prefix}{Path.GetFileName(path)}-{Guid.NewGuid():N}");
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Move(path, doomed);
            }
            else
            {
                File.Move(path, doomed);
            }

            return doomed;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
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
