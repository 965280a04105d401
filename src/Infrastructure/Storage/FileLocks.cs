namespace VideoPlatform.Infrastructure.Storage;

/// <summary>
/// Exclusive advisory locks (flock, through FileShare.None) on lock files, so two requests, or two
/// instances sharing the storage root, never do the same thing at once. A lock is held while the
/// returned object is alive; the operating system drops it when the process dies.
/// </summary>
internal static class FileLocks
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    /// <summary>The lock, or null when another holder has it (or its folder is gone).</summary>
    public static Held? TryTake(string path)
    {
        try
        {
            return new Held(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            // Held by someone else, or its folder is gone (perhaps renamed away just now, see FolderRemoval).
            return null;
        }
    }

    /// <summary>Waits up to <paramref name="wait"/> for the lock; null when it stayed taken.</summary>
    public static async Task<Held?> WaitAsync(string path, TimeSpan wait, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            if (TryTake(path) is { } held)
            {
                return held;
            }

            if (DateTime.UtcNow >= deadline || !Directory.Exists(Path.GetDirectoryName(path)))
            {
                return null;
            }

            await Task.Delay(PollInterval, ct);
        }
    }

    internal sealed class Held(FileStream stream) : IAsyncDisposable, IDisposable
    {
        public void Dispose() => stream.Dispose();

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
