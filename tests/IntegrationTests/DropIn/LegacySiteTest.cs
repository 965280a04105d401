using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.DropIn;

/// <summary>The service pointed at an old deployment's database files (SQLAlchemy-shaped, with sections,
/// lessons and categories holding rows), as a site switching to it would start.</summary>
public abstract class LegacySiteTest : IDisposable
{
    protected LegacySiteTest()
    {
        LegacyDatabases.CreateVideosDb(Folder.VideosDb);
        LegacyDatabases.CreateCoursesDb(Folder.CoursesDb);
        Factory = new ApiFactory(Folder, Settings);
        Client = Factory.CreateClient();
    }

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    protected TestFolder Folder { get; } = new();

    protected ApiFactory Factory { get; }

    protected HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
