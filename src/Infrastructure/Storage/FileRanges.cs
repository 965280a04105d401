using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace VideoPlatform.Infrastructure.Storage;

/// <summary>Copies a range of one file into another inside the kernel (Linux's copy_file_range), so the bytes never
/// pass through the process; elsewhere, or where the file system refuses, nothing is copied and the caller copies.</summary>
internal static partial class FileRanges
{
    // One call copies at most this much, so a copy is never one unbounded system call.
    private const long Step = 64L * 1024 * 1024;

    /// <summary>How many of <paramref name="length"/> bytes were copied from <paramref name="source"/> at
    /// <paramref name="sourceOffset"/> to <paramref name="target"/> at <paramref name="targetOffset"/>.</summary>
    public static long TryCopy(SafeFileHandle source, long sourceOffset, SafeFileHandle target, long targetOffset, long length, CancellationToken ct)
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var (addedSource, addedTarget) = (false, false);
        try
        {
            source.DangerousAddRef(ref addedSource);
            target.DangerousAddRef(ref addedTarget);
            var (input, output) = ((int)source.DangerousGetHandle(), (int)target.DangerousGetHandle());
            long copied = 0;
            while (copied < length && !ct.IsCancellationRequested)
            {
                var (from, to) = (sourceOffset + copied, targetOffset + copied);
                var done = CopyFileRange(input, ref from, output, ref to, (nuint)Math.Min(Step, length - copied), 0);
                if (done <= 0)
                {
                    break; // the end of the source, or a file system that cannot (the caller copies the rest)
                }

                copied += done;
            }

            return copied;
        }
        finally
        {
            if (addedSource)
            {
                source.DangerousRelease();
            }

            if (addedTarget)
            {
                target.DangerousRelease();
            }
        }
    }

    /// <summary>Tells the kernel these cached bytes of <paramref name="file"/> will not be read again, so their
    /// memory can serve the next writes rather than the cache growing into memory not used yet.</summary>
    public static void DropCached(SafeFileHandle file, long offset, long length)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var added = false;
        try
        {
            file.DangerousAddRef(ref added);
            _ = PosixFadvise((int)file.DangerousGetHandle(), offset, length, FadviseDontNeed);
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    private const int FadviseDontNeed = 4;

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    private static partial int PosixFadvise(int fd, long offset, long length, int advice);

    [LibraryImport("libc", EntryPoint = "copy_file_range", SetLastError = true)]
    private static partial nint CopyFileRange(int input, ref long inputOffset, int output, ref long outputOffset, nuint length, uint flags);
}
