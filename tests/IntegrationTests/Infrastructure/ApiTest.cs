namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>Each test gets its own service over its own fresh files.</summary>
public abstract class ApiTest : IDisposable
{
    protected ApiTest()
    {
        Folder = new TestFolder();
        Clock = new ManualClock { Running = ClockRuns };
        Factory = new ApiFactory(Folder, Settings, Clock) { ExtraLogging = Logs };
        Client = Factory.CreateClient();
    }

    /// <summary>What the service logged.</summary>
    protected CapturedLogs Logs { get; } = new();

    protected ManualClock Clock { get; }

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    /// <summary>Whether the service's clock keeps real time (it stands still unless a test moves it).</summary>
    protected virtual bool ClockRuns => false;

    protected TestFolder Folder { get; }
    protected ApiFactory Factory { get; private set; }
    protected HttpClient Client { get; private set; }

    /// <summary>Stops the service and starts a new one over the same files, as a restart would.</summary>
    protected void Restart()
    {
        Client.Dispose();
        Factory.Dispose();
        Factory = new ApiFactory(Folder, Settings, Clock) { ExtraLogging = Logs };
        Client = Factory.CreateClient();
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
