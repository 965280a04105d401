namespace VideoPlatform.Api.Http;

/// <summary>Lines the console shows once the service listens, so a newcomer finds its pages without reading the docs first.</summary>
public static class StartupAnnouncements
{
    /// <summary>Logs, once listening, where <paramref name="what"/> is on every address the service listens on.</summary>
    public static void AnnounceAt(this WebApplication app, string what, string path) =>
        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
            "{What}: {Urls}", what, string.Join(", ", app.Urls.Select(url => $"{url.TrimEnd('/')}{path}"))));
}
