using Microsoft.Extensions.Options;

namespace VideoPlatform.Infrastructure.Storage;

/// <summary>
/// The storage root and the one rule for every path under it: a relative path from the domain (an
/// original's place, a rendition folder) resolves inside the root or not at all.
/// </summary>
internal sealed class StorageRoot(IOptions<StorageOptions> options)
{
    public string FullPath { get; } = options.Value.FullRoot;

    public string Uploads => Path.Combine(FullPath, "uploads");

    public string Resolve(string relative)
    {
        var root = FullPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, relative));
        return path.StartsWith(root, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"'{relative}' would be outside the storage root.");
    }
}
