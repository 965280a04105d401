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

    [Fact]
    public async Task Every_request_is_one_log_line_with_method_path_status_and_the_trace_id_its_problem_carries()
    {
        var problem = await (await Client.GetAsync("/videos/nothing-here?secret=1")).ProblemAsync(404);
        (await Client.GetAsync("/health/live")).EnsureSuccessStatusCode();

        var lines = Logs.Entries.Where(e => e.Category == "VideoPlatform.Requests").Select(e => e.Message).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("GET /videos/nothing-here 404 in ", lines[0]);
        Assert.EndsWith($"trace {(string)problem["trace_id"]!}", lines[0]);
        Assert.DoesNotContain("secret", lines[0]);
        Assert.StartsWith("GET /health/live 200 in ", lines[1]);
    }
}
