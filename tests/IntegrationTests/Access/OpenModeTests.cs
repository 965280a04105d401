using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Access;

/// <summary><c>Auth:AllowAnonymousWrites</c>: the old open behaviour for a frontend that sends no tokens yet.</summary>
public sealed class OpenModeTests : ApiTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:AllowAnonymousWrites"] = "true" };

    [Fact]
    public async Task Anyone_may_write_and_the_service_warns_that_it_is_open()
    {
        using var anonymous = Factory.ClientWith(null);

        var created = await anonymous.PostAsJsonAsync("/api/courses", new { title = "Open" });
        var deleted = await anonymous.DeleteAsync($"/api/courses/{(int)(await created.BodyAsync())["course_id"]!}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Contains(Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("AllowAnonymousWrites is on"));
    }

    [Fact]
    public async Task Anyone_may_run_mutations_but_a_bad_token_is_still_refused()
    {
        using var anonymous = Factory.ClientWith(null);
        using var expired = Factory.ClientWith(TestTokens.Mint("admin-1", "admin", expires: DateTime.UtcNow.AddMinutes(-5)));
        const string Create = "mutation { createCourse(input: { title: \"Open\" }) { course { id ownerId } } }";

        var created = await anonymous.GraphQLDataAsync(Create);
        var refused = JsonNode.Parse(await (await expired.PostAsJsonAsync("/graphql", new { query = Create })).Content.ReadAsStringAsync())!;

        Assert.Null((string?)created["createCourse"]!["course"]!["ownerId"]);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", (string?)refused["errors"]![0]!["extensions"]!["code"]);
        Assert.Contains("expired", (string)refused["errors"]![0]!["message"]!);
    }

    [Fact]
    public async Task Credentials_that_are_sent_still_count()
    {
        (await Client.PostAsJsonAsync("/api/courses", new { title = "Someone's" })).EnsureSuccessStatusCode();
        using var teacher = Factory.ClientWith(TestTokens.Instructor("teacher-a"));
        using var expired = Factory.ClientWith(TestTokens.Mint("admin-1", "admin", expires: DateTime.UtcNow.AddMinutes(-5)));

        await (await teacher.DeleteAsync("/api/courses/1")).ProblemAsync(403);
        await (await expired.DeleteAsync("/api/courses/1")).ProblemAsync(401);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/api/courses/1")).StatusCode);
    }
}

/// <summary>Off by default: the service starts closed, and says nothing about an open mode.</summary>
public sealed class ClosedByDefaultTests : ApiTest
{
    [Fact]
    public async Task Without_the_setting_anonymous_writes_are_refused_and_nothing_is_logged_about_it()
    {
        using var anonymous = Factory.ClientWith(null);

        await (await anonymous.PostAsJsonAsync("/api/courses", new { title = "Closed" })).ProblemAsync(401);

        Assert.DoesNotContain(Logs.Entries, e => e.Message.Contains("AllowAnonymousWrites"));
    }
}
