using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Data.Sqlite;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// The real service over real SQLite files in a temp folder. Handing the same folder to a new factory
/// is how a test restarts the service over the same state.
/// </summary>
public sealed class ApiFactory(TestFolder folder, IReadOnlyDictionary<string, string?>? settings = null, ManualClock? clock = null)
    : WebApplicationFactory<Program>
{
    public TestFolder Folder { get; } = folder;

    /// <summary>The service's clock; tests move it forward instead of waiting.</summary>
    public ManualClock Clock { get; } = clock ?? new ManualClock();

    /// <summary>Extra registrations for one test, applied after the service's own.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>A log a test reads.</summary>
    public ILoggerProvider? ExtraLogging { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting, not ConfigureAppConfiguration: Program reads these while registering services.
        foreach (var (key, value) in Folder.DatabaseSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Storage:Root", Folder.StorageRoot);
        // Tests that are not about media processing do not start ffmpeg on their made-up bytes; media tests turn it on.
        builder.UseSetting("Media:Enabled", "false");
        // Tests make many writes quickly; the rate limit tests set their own limits.
        builder.UseSetting("RateLimits:Writes:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:UploadStarts:PermitLimit", "1000000");
        foreach (var (key, value) in TestTokens.Settings.Concat(settings ?? new Dictionary<string, string?>()))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            if (ExtraLogging is not null)
            {
                logging.AddProvider(ExtraLogging);
            }
        });
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            ExtraServices?.Invoke(services);
        });
    }

    /// <summary>Clients act as an admin (see <see cref="TestTokens"/>); a test about access sets its own credentials.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Admin);
    }

    /// <summary>A client that sends <paramref name="token"/> (none when null) instead of the admin's.</summary>
    public HttpClient ClientWith(string? token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = token is null ? null : new("Bearer", token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
    }
}

/// <summary>
/// A temp folder holding the storage root and both databases (two files, or on PostgreSQL one database of
/// its own with two schemas); all deleted on dispose.
/// </summary>
public sealed class TestFolder : IDisposable
{
    private readonly string _id = Guid.NewGuid().ToString("N");

    public TestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "videoplatform-tests", _id);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The courses database as <see cref="TestDb"/> takes it: a file path, or a PostgreSQL connection string.</summary>
    public string CoursesDb => TestDatabase.IsPostgres ? PostgresDatabase("courses") : Path.Combine(Root, "courses.db");

    /// <inheritdoc cref="CoursesDb"/>
    public string VideosDb => TestDatabase.IsPostgres ? PostgresDatabase("videos") : Path.Combine(Root, "videos.db");

    public string StorageRoot => Path.Combine(Root, "storage");

    /// <summary>The service's settings for these databases.</summary>
    public IReadOnlyDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = TestDatabase.Provider,
        ["ConnectionStrings:Courses"] = TestDatabase.IsPostgres ? CoursesDb : $"Data Source={CoursesDb}",
        ["ConnectionStrings:Videos"] = TestDatabase.IsPostgres ? VideosDb : $"Data Source={VideosDb}",
    };

    private string DatabaseName => $"vp_{_id}";

    /// <summary>Whether a connection is to one of this folder's databases (tests run in parallel, each on its own).</summary>
    public bool Owns(System.Data.Common.DbConnection connection) => TestDatabase.IsPostgres
        ? connection.Database == DatabaseName
        : connection.DataSource?.StartsWith(Root, StringComparison.Ordinal) == true;

    private string PostgresDatabase(string schema) => $"{TestDatabase.PostgresServer};Database={DatabaseName};Search Path={schema}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (TestDatabase.IsPostgres)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            TestDatabase.Drop(DatabaseName);
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a background task; the OS temp cleaner will take it.
        }
    }
}

/// <summary>A clock that stands still until a test moves it; a running one keeps real time, moved on by what a test adds.</summary>
public sealed class ManualClock : TimeProvider
{
    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow;
    private TimeSpan _added;

    /// <summary>Keeps real time (for work that waits on the clock, such as the media workers' leases).</summary>
    public bool Running { get; init; }

    public override DateTimeOffset GetUtcNow() => (Running ? DateTimeOffset.UtcNow : _start) + _added;

    public void Advance(TimeSpan by) => _added += by;
}
