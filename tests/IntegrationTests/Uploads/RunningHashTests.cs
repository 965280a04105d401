using System.Security.Cryptography;
using VideoPlatform.Infrastructure.Storage.Uploads;

namespace VideoPlatform.IntegrationTests.Uploads;

/// <summary>The SHA-256 computed while chunks arrive is the file's, or nothing, never a wrong one.</summary>
public sealed class RunningHashTests : IDisposable
{
    private const int Chunk = 3 * 1024 * 1024 + 17;
    private readonly string _folder = Directory.CreateTempSubdirectory("vp-running-hash-").FullName;
    private readonly RunningHashes _hashes = new();
    private readonly byte[] _file = RandomNumberGenerator.GetBytes(4 * Chunk + 1000);

    private string Data => Path.Combine(_folder, "data");

    private int Chunks => (_file.Length + Chunk - 1) / Chunk;

    [Fact]
    public async Task Chunks_stored_out_of_order_in_place_and_spilled_hash_to_the_files_sha256()
    {
        // Chunk 0 waits in a spill file (stored before the chunk size was agreed); the rest are in place.
        File.WriteAllBytes(Path.Combine(_folder, "spill-0"), _file[..Chunk]);
        await using (var data = File.Create(Data))
        {
            await data.WriteAsync(_file);
        }

        foreach (var index in new[] { 3, 1, 4, 0, 2 })
        {
            Store(index, spilled: index == 0);
            await Task.Delay(5);
        }

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(_file)), await _hashes.TakeAsync("u1", Chunks, _file.Length, CancellationToken.None));
    }

    [Fact]
    public async Task A_missing_chunk_a_wrong_size_or_a_forgotten_upload_gives_no_hash()
    {
        await File.WriteAllBytesAsync(Data, _file);
        foreach (var id in new[] { "gap", "size", "forgotten" })
        {
            for (var index = 0; index < Chunks; index++)
            {
                if (id != "gap" || index != 2)
                {
                    Store(index, spilled: false, id);
                }
            }
        }

        _hashes.Forget("forgotten");

        Assert.Null(await _hashes.TakeAsync("gap", Chunks, _file.Length, CancellationToken.None));
        Assert.Null(await _hashes.TakeAsync("size", Chunks, _file.Length + 1, CancellationToken.None));
        Assert.Null(await _hashes.TakeAsync("forgotten", Chunks, _file.Length, CancellationToken.None));
        Assert.Null(await _hashes.TakeAsync("never-seen", Chunks, _file.Length, CancellationToken.None));
    }

    [Fact]
    public async Task A_chunk_file_that_vanished_gives_no_hash_rather_than_a_wrong_one()
    {
        await File.WriteAllBytesAsync(Data, _file);
        Store(0, spilled: true); // its spill file was never written

        for (var index = 1; index < Chunks; index++)
        {
            Store(index, spilled: false);
        }

        Assert.Null(await _hashes.TakeAsync("u1", Chunks, _file.Length, CancellationToken.None));
    }

    [Fact]
    public async Task Past_its_limit_the_upload_followed_longest_is_dropped_not_the_one_arriving()
    {
        await File.WriteAllBytesAsync(Data, _file);
        using var hashes = new RunningHashes(maxUploads: 2);
        foreach (var id in new[] { "first", "second", "third" })
        {
            for (var index = 0; index < Chunks; index++)
            {
                var size = Math.Min(Chunk, _file.Length - (long)index * Chunk);
                hashes.Stored(id, index, Data, (long)index * Chunk, size);
            }
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(_file));
        Assert.Null(await hashes.TakeAsync("first", Chunks, _file.Length, CancellationToken.None));
        Assert.Equal(sha, await hashes.TakeAsync("second", Chunks, _file.Length, CancellationToken.None));
        Assert.Equal(sha, await hashes.TakeAsync("third", Chunks, _file.Length, CancellationToken.None));
    }

    private void Store(int index, bool spilled, string id = "u1")
    {
        var size = Math.Min(Chunk, _file.Length - (long)index * Chunk);
        _hashes.Stored(id, index, spilled ? Path.Combine(_folder, $"spill-{index}") : Data, spilled ? 0 : (long)index * Chunk, size);
    }

    public void Dispose()
    {
        _hashes.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
