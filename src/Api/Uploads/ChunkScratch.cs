using Microsoft.Extensions.Options;

namespace VideoPlatform.Api.Uploads;

/// <summary>Where a chunk whose bytes come before its form fields waits (configuration section "Upload").</summary>
public sealed class ChunkScratchOptions
{
    /// <summary>Defaults to <c>{Storage:Root}/scratch</c>: the same disk as the uploads, not a RAM-backed /tmp.</summary>
    public string? ScratchFolder { get; set; }

    /// <summary>Most bytes all file-first chunks may hold in scratch at once; more is refused with 429.</summary>
    public long MaxScratchBytes { get; set; } = 2L * 1024 * 1024 * 1024;
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
    private long _reserved;

    public string Folder => _folder;

    /// <summary>A new scratch file; its bytes count against <see cref="ChunkScratchOptions.MaxScratchBytes"/> until it is disposed.</summary>
    public ScratchFile Create()
    {
        Directory.CreateDirectory(_folder);
        return new ScratchFile(this, new FileStream(Path.Combine(_folder, Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, BufferSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous));
    }

    internal bool TryReserve(long bytes)
    {
        if (Interlocked.Add(ref _reserved, bytes) <= options.Value.MaxScratchBytes)
        {
            return true;
        }

        Interlocked.Add(ref _reserved, -bytes);
        return false;
    }

    internal void Release(long bytes) => Interlocked.Add(ref _reserved, -bytes);

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

/// <summary>One chunk's scratch file and the share of the scratch budget it holds.</summary>
public sealed class ScratchFile(ChunkScratch owner, FileStream file) : IAsyncDisposable
{
    private long _held;

    public Stream Stream => file;

    /// <summary>Takes room for more bytes; false when the budget is spent (the caller refuses the chunk).</summary>
    public bool TryGrow(long bytes)
    {
        if (!owner.TryReserve(bytes))
        {
            return false;
        }

        _held += bytes;
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await file.DisposeAsync();
        owner.Release(_held);
        _held = 0;
    }
}
