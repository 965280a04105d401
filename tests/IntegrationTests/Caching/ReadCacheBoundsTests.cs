using Microsoft.Extensions.Options;
using VideoPlatform.Api.Caching;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.IntegrationTests.Caching;

/// <summary>What the read cache keeps is bounded, and belongs to one version of the data only.</summary>
public sealed class ReadCacheBoundsTests
{
    private readonly Version _version = new();

    [Fact]
    public void An_answer_is_found_only_under_the_version_it_was_read_at()
    {
        var cache = Cache(new ReadCacheOptions());
        cache.Keep("/videos", 1, Answer(10));

        Assert.NotNull(cache.Find("/videos", 1));
        Assert.Null(cache.Find("/videos", 2));
        Assert.Null(cache.Find("/courses", 1));
    }

    [Fact]
    public void A_read_that_began_before_a_newer_one_was_kept_is_not_kept()
    {
        var cache = Cache(new ReadCacheOptions());
        cache.Keep("/new", 5, Answer(10));
        cache.Keep("/old", 4, Answer(10));

        Assert.NotNull(cache.Find("/new", 5));
        Assert.Null(cache.Find("/old", 4));
        Assert.Null(cache.Find("/old", 5));
    }

    [Fact]
    public void Large_answers_and_long_keys_are_not_kept_and_a_full_cache_starts_over()
    {
        var cache = Cache(new ReadCacheOptions { MaxAnswerBytes = 100, MaxKeyChars = 20, MaxBytes = 1000 });
        cache.Keep("/large", 1, Answer(101));
        cache.Keep(new string('k', 21), 1, Answer(10));
        Assert.Null(cache.Find("/large", 1));
        Assert.Null(cache.Find(new string('k', 21), 1));

        // Each takes 100 bytes and its key's 7 characters (14 bytes): 8 fit in 1000.
        for (var i = 0; i < 8; i++)
        {
            cache.Keep($"/page/{i}", 1, Answer(100));
        }

        Assert.NotNull(cache.Find("/page/0", 1));
        Assert.NotNull(cache.Find("/page/7", 1));
        cache.Keep("/page/8", 1, Answer(100));
        Assert.Null(cache.Find("/page/0", 1));
        Assert.Null(cache.Find("/page/8", 1));
        cache.Keep("/page/9", 1, Answer(100));
        Assert.NotNull(cache.Find("/page/9", 1));
    }

    [Fact]
    public void Switched_off_nothing_has_a_version()
    {
        _version.Value = 7;
        Assert.Equal(7, Cache(new ReadCacheOptions()).Version());
        Assert.Null(Cache(new ReadCacheOptions { Enabled = false }).Version());
    }

    private ReadCache Cache(ReadCacheOptions options) => new(_version, Options.Create(options));

    private static CachedAnswer Answer(int bytes) => new(new byte[bytes], "application/json");

    private sealed class Version : IStoreVersion
    {
        public long? Value = 1;

        public long? Current() => Value;
    }
}
