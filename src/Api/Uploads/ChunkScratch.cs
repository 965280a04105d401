using Microsoft.Extensions.Options;

namespace VideoPlatform.Api.Uploads;

/// <summary>Where a chunk whose bytes come before its form fields waits (configuration section "Upload").</summary>
public sealed class ChunkScratchOptions
{
    /// <summary>Defaults to <c>{Storage:Root}/scratch</c>: the same disk as the uploads, not a RAM-backed /tmp.</summary>
    public string? ScratchFolder { get; set; }
}

/// <summary>
/// Temporary files for chunks sent file-first: the bytes must go somewhere before the form tells which
/// upload they belong to. A file is deleted when closed; a crash can leave one behind, so files older
/// than <see cref="StaleAfter"/> are removed at start and every few minutes.
/// </summary>
public sealed class ChunkScratch(IOptions<ChunkScratchOptions> options, IConfiguration configuration, ILogger<ChunkScratch> logger)
    : BackgroundService
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);
    private const int BufferSize = 256 * 1024;

    private readonly string _folder = Path.GetFullPath(options.Value.ScratchFolder ?? Path.Combine(configuration["Storage:Root"] ?? "data", "scratch"));

    public string Folder => _folder;

    public Stream Create()
    {
        Directory.CreateDirectory(_folder);
        return new FileStream(Path.Combine(_folder, Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, BufferSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
    }

    /// <summary>Removes files a crashed process left behind.</summary>
    public int SweepStale()
    {
        if (!Directory.Exists(_folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            try
            {
                // File times are the file system's clock, so compare with the real one.
                if (File.GetLastWriteTimeUtc(file) < DateTime.UtcNow - StaleAfter)
                {
                    File.Delete(file);
                    removed++;
                }
            }
            catch (IOException)
            {
                // Gone meanwhile: nothing to do.
            }
        }

        return removed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepEvery);
        do
        {
            if (SweepStale() is > 0 and var removed)
            {
                logger.LogInformation("Removed {Count} stale chunk scratch files", removed);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
