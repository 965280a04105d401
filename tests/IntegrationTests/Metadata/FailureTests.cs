using System.Net;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Metadata;

/// <summary>When something underneath breaks, clients get a problem document, never a stack trace.</summary>
public sealed class FailureTests : ApiTest
{
    [Fact]
    public async Task A_broken_database_is_a_masked_500_and_an_unhealthy_health_check()
    {
        (await Client.GetAsync("/videos")).EnsureSuccessStatusCode();
        TestDb.Execute(Folder.VideosDb, "ALTER TABLE videos RENAME TO videos_gone");

        var response = await Client.GetAsync("/videos");
        var health = await Client.GetAsync("/health");
        var ready = await Client.GetAsync("/health/ready");
        var live = await Client.GetAsync("/health/live");

        var problem = await response.ProblemAsync(500);
        Assert.DoesNotContain("SqliteException", problem.ToJsonString());
        Assert.DoesNotContain("   at ", problem.ToJsonString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var report = await health.BodyAsync();
        Assert.Equal("Unhealthy", (string?)report["checks"]!["videos_db"]!["status"]);
        Assert.Equal("Healthy", (string?)report["checks"]!["courses_db"]!["status"]);
        // Not ready for traffic, but alive: an orchestrator waits instead of restarting it.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Empty((await live.BodyAsync())["checks"]!.AsObject());
    }
}
