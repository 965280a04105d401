using System.Runtime.InteropServices;

namespace VideoPlatform.Infrastructure.Storage;

/// <summary>A second name for a file's bytes, so they can join another file without being copied.</summary>
internal static partial class HardLinks
{
    /// <summary>Names <paramref name="existing"/>'s bytes also <paramref name="link"/> (which must not exist); false where
    /// the platform or the file system cannot, and the caller copies instead.</summary>
    public static bool TryCreate(string existing, string link) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && Link(existing, link) == 0;

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string link);
}
