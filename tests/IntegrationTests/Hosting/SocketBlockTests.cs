using System.Buffers;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.Api.Http;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Hosting;

/// <summary>Kestrel reads sockets into the service's larger blocks (Http:SocketBlockBytes), and not a byte is lost to reuse.</summary>
public sealed class SocketBlockTests : IDisposable
{
    private const int Block = 128 * 1024;
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("4096")]
    public async Task The_service_receives_into_its_blocks_unless_told_and_parallel_uploads_arrive_whole(string? blockBytes)
    {
        // Its own process: the test host's Kestrel registers its own pool after the service's, production does not.
        using var service = new ServiceProcess(_folder);
        var settings = new Dictionary<string, string> { ["Telemetry__Prometheus"] = "true" };
        if (blockBytes is not null)
        {
            settings["Http__SocketBlockBytes"] = blockBytes;
        }

        using var client = await service.StartAsync(settings);
        var uploads = new UploadClient(client);
        var files = Enumerable.Range(0, 3).Select(_ => VideoBytes.Mp4(5 * 1024 * 1024 + 12_345)).ToList();
        var hashes = await Task.WhenAll(files.Select(async (file, n) =>
        {
            var chunks = file.Chunk(1024 * 1024).ToList();
            var id = await uploads.StartAsync($"clip{n}.mp4", chunks.Count, chunkSize: 1024 * 1024);
            await uploads.SendAllAsync(id, chunks);
            var done = await (await uploads.CompleteAsync(id, UploadClient.Sha256(file))).BodyAsync();
            return (string?)done["sha256"];
        }));

        Assert.Equal(files.Select(UploadClient.Sha256), hashes);
        var allocated = (await client.GetStringAsync("/metrics")).Split('\n').Where(line => line.StartsWith("videoplatform_socket_blocks_allocated", StringComparison.Ordinal)).ToList();
        if (blockBytes is null)
        {
            var bytes = long.Parse(Assert.Single(allocated).Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(bytes > 0 && bytes % Block == 0, $"{bytes} bytes of blocks");
        }
        else
        {
            Assert.Empty(allocated); // Kestrel's own pool
        }
    }

    [Fact]
    public void The_service_registers_its_blocks_and_keeps_kestrels_when_told()
    {
        using (var factory = new ApiFactory(_folder))
        {
            Assert.Equal(Block, Assert.IsType<SocketBlockPoolFactory>(factory.Services.GetRequiredService<IMemoryPoolFactory<byte>>()).BlockBytes);
        }

        using var kestrels = new ApiFactory(_folder, new Dictionary<string, string?> { ["Http:SocketBlockBytes"] = "4096" });
        Assert.IsNotType<SocketBlockPoolFactory>(kestrels.Services.GetRequiredService<IMemoryPoolFactory<byte>>());
    }

    [Fact]
    public void A_block_past_a_mebibyte_stops_the_start_and_says_why()
    {
        using var factory = new ApiFactory(_folder, new Dictionary<string, string?> { ["Http:SocketBlockBytes"] = "2097152" });
        var refused = Assert.Throws<InvalidOperationException>(() => factory.Services);
        Assert.Contains("Http:SocketBlockBytes is 2097152", refused.Message);
    }

    [Fact]
    public void A_returned_block_is_reused_once_however_often_it_is_disposed()
    {
        using var pool = new SocketBlockPool(Block);
        var first = pool.Rent(4096);
        var bytes = Array(first);
        first.Dispose();
        first.Dispose(); // a second return must not hand the block to two renters

        using var again = pool.Rent();
        using var other = pool.Rent();
        Assert.Same(bytes, Array(again));
        Assert.NotSame(bytes, Array(other));
        Assert.Equal(Block, other.Memory.Length);
        Assert.Throws<ObjectDisposedException>(() => first.Memory);
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.Rent(Block + 1));
    }

    [Fact]
    public void Blocks_returned_past_the_cap_are_left_to_the_collector()
    {
        using var pool = new SocketBlockPool(Block);
        var cap = SocketBlockPool.MaxKeptBytes / Block;
        var rented = Enumerable.Range(0, cap + 10).Select(_ => pool.Rent()).ToList();
        rented.ForEach(r => r.Dispose());
        Assert.Equal(cap, pool.Kept);
    }

    private static byte[] Array(IMemoryOwner<byte> owner) =>
        MemoryMarshal.TryGetArray<byte>(owner.Memory, out var segment) ? segment.Array! : throw new InvalidOperationException("not an array");
}
