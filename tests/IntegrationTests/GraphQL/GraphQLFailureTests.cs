using System.Net;
using Microsoft.Extensions.Logging;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

/// <summary>What a client cannot do is said plainly; what breaks underneath is masked for the client and logged for the operator.</summary>
public sealed class GraphQLFailureTests : ApiTest
{
    [Fact]
    public async Task A_subscription_is_refused_as_invalid_with_a_reason_and_nothing_is_logged_as_an_error()
    {
        var response = await Client.PostGraphQLAsync("subscription Watch { videos { nodes { hash } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.BodyAsync())["errors"]![0]!;
        Assert.Equal("This GraphQL schema does not support `Subscription` operations.", (string?)error["message"]);
        Assert.Equal("SUBSCRIPTIONS_NOT_SUPPORTED", (string?)error["extensions"]!["code"]);
        Assert.DoesNotContain(Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_failure_underneath_is_masked_for_the_client_and_logged_with_the_operation_and_trace_id()
    {
        TestDb.Execute(Folder.VideosDb, "ALTER TABLE videos RENAME TO videos_gone");

        var body = await (await Client.PostGraphQLAsync("query ListThem { videos { nodes { hash } } }")).BodyAsync();

        var error = body["errors"]![0]!;
        Assert.Equal("INTERNAL_SERVER_ERROR", (string?)error["extensions"]!["code"]);
        Assert.DoesNotContain("videos_gone", body.ToJsonString());
        var traceId = ((string)error["message"]!).Split("trace id ")[1].Split(';')[0];
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", traceId);
        var logged = Assert.Single(Logs.Entries, e => e.Level == LogLevel.Error && e.Category == "VideoPlatform.GraphQL");
        Assert.Contains("ListThem", logged.Message);
        Assert.Contains(traceId, logged.Message);
        Assert.NotNull(logged.Exception);
    }
}
