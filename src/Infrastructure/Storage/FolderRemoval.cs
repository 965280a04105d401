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
        var parent = Path.GetDirectoryName(folder)!;
        var doomed = Path.Combine(parent, $"{Prefix}{Path.GetFileName(folder)}-{Guid.NewGuid():N}");
        try
        {
            Directory.Move(folder, doomed);
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }

        Directory.Delete(doomed, recursive: true);
        return true;
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
