using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Connections;
using VideoPlatform.Application;

namespace VideoPlatform.Api.Http;

/// <summary>
/// Kestrel's memory pool with blocks larger than its own 4 KiB (setting <c>Http:SocketBlockBytes</c>). Kestrel's
/// socket transport receives into one block per read, so with 4 KiB blocks an upload costs two system calls per
/// 4 KiB (the read, and the one that finds the socket empty): half a million per GiB, and on a virtual machine,
/// where a system call is dear, the larger part of the server's CPU. With 128 KiB blocks one read takes what the
/// socket holds. The price is memory per connection in flight: a response waiting on a slow reader holds up to
/// two blocks (256 KiB) where Kestrel's own pool holds about 64 KiB in small ones (README, "Configuration").
/// </summary>
internal sealed class SocketBlockPoolFactory(int blockBytes, IMeterFactory? meters = null) : IMemoryPoolFactory<byte>
{
    /// <summary>Kestrel's own block size: at or below it, Kestrel's pool stays.</summary>
    public const int KestrelBlockBytes = 4096;

    public const int MaxBlockBytes = 1024 * 1024;

    private readonly SocketBlockMetrics? _metrics = meters is null ? null : new SocketBlockMetrics(meters);

    public int BlockBytes => blockBytes;

    public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new SocketBlockPool(blockBytes, _metrics);
}

/// <summary>What the blocks cost in memory, for an operator weighing <c>Http:SocketBlockBytes</c>.</summary>
internal sealed class SocketBlockMetrics(IMeterFactory meters)
{
    public Counter<long> Allocated { get; } = meters.Create(ServiceTelemetry.Name).CreateCounter<long>(
        "videoplatform.socket_blocks.allocated", "By", "Bytes of socket blocks allocated (returned blocks are reused, up to 16 MiB of them).");

    public UpDownCounter<long> Rented { get; } = meters.Create(ServiceTelemetry.Name).CreateUpDownCounter<long>(
        "videoplatform.socket_blocks.rented", "By", "Bytes of socket blocks held by connections now.");
}

internal static class SocketBlocks
{
    /// <summary>Kestrel's socket transport takes its pool factory from the container, the last one registered.</summary>
    public static IServiceCollection AddSocketBlocks(this IServiceCollection services, IConfiguration configuration)
    {
        var bytes = configuration.GetSection(HttpOptions.Section).GetValue(nameof(HttpOptions.SocketBlockBytes), new HttpOptions().SocketBlockBytes);
        if (bytes > SocketBlockPoolFactory.MaxBlockBytes)
        {
            throw new InvalidOperationException(
                $"Http:SocketBlockBytes is {bytes}; at most {SocketBlockPoolFactory.MaxBlockBytes} (a block per connection in flight), or {SocketBlockPoolFactory.KestrelBlockBytes} for Kestrel's own pool.");
        }

        if (bytes > SocketBlockPoolFactory.KestrelBlockBytes)
        {
            services.AddSingleton<IMemoryPoolFactory<byte>>(sp => new SocketBlockPoolFactory(bytes, sp.GetRequiredService<IMeterFactory>()));
        }

        return services;
    }
}

/// <summary>
/// Pinned blocks of one size (the socket layer hands them to the kernel), kept for reuse up to
/// <see cref="MaxKeptBytes"/>; blocks returned past that are left to the collector, so a burst of
/// connections does not stay pinned after it.
/// </summary>
internal sealed class SocketBlockPool(int blockBytes, SocketBlockMetrics? metrics = null) : MemoryPool<byte>
{
    public const int MaxKeptBytes = 16 * 1024 * 1024;

    private readonly ConcurrentQueue<byte[]> _kept = new();
    private readonly int _maxKept = Math.Max(1, MaxKeptBytes / blockBytes);
    private volatile bool _disposed;

    public override int MaxBufferSize => blockBytes;

    /// <summary>How many returned blocks wait for reuse.</summary>
    public int Kept => _kept.Count;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, blockBytes);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_kept.TryDequeue(out var bytes))
        {
            bytes = GC.AllocateUninitializedArray<byte>(blockBytes, pinned: true);
            metrics?.Allocated.Add(blockBytes);
        }

        metrics?.Rented.Add(blockBytes);
        return new Block(this, bytes);
    }

    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        _kept.Clear();
    }

    private void Return(byte[] bytes)
    {
        metrics?.Rented.Add(-blockBytes);
        // Count is a snapshot, so a race may keep a block or two more than the cap: bounded all the same.
        if (!_disposed && _kept.Count < _maxKept)
        {
            _kept.Enqueue(bytes);
        }
    }

    /// <summary>One rental. Its own object, so a second Dispose of a rental cannot hand a block that is
    /// in use again to someone else.</summary>
    private sealed class Block(SocketBlockPool pool, byte[] bytes) : IMemoryOwner<byte>
    {
        private byte[]? _bytes = bytes;

        public Memory<byte> Memory => _bytes ?? throw new ObjectDisposedException(nameof(Block));

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _bytes, null) is { } returned)
            {
                pool.Return(returned);
            }
        }
    }
}
