using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.DropIn;

/// <summary>The service pointed at an old deployment's database files (SQLAlchemy-shaped, with sections,
/// lessons and categories holding rows), as a site switching to it would start; on PostgreSQL, those files
/// copied into it with copy-database's copier.</summary>
public abstract class LegacySiteTest : IDisposable
{
    protected LegacySiteTest()
    {
        if (TestDatabase.IsPostgres)
        {
            // On PostgreSQL the old site arrives as a site that moves there would: its files copied over.
            Factory = new ApiFactory(Folder, Settings);
            Client = Factory.CreateClient();
            LegacyDatabases.CopyIntoPostgres(Folder, Factory);
            return;
        }

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
