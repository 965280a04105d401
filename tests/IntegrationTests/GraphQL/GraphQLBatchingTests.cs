using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

/// <summary>No N+1: nested lists are batched per request, whatever the number of parents.</summary>
public sealed class GraphQLBatchingTests : ApiTest
{
    [Fact]
    public async Task Course_videos_of_many_courses_cost_a_constant_number_of_sql_commands()
    {
        for (var i = 0; i < 50; i++)
        {
            var id = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = $"C{i}" })).BodyAsync())["course_id"]!;
            await Client.PostJsonAsync("/course-videos", new { hash = $"h{i}a", filename = "a.mp4", course_id = id });
            await Client.PostJsonAsync("/course-videos", new { hash = $"h{i}b", filename = "b.mp4", course_id = id });
        }

        var few = await CountCommandsAsync("{ courses(first: 2) { nodes { videos { hash course { title } } } } }");
        var many = await CountCommandsAsync("{ courses(first: 50) { nodes { videos { hash course { title } } } } }");

        // One page query, one per database for the videos, one for the courses of those videos.
        Assert.Equal(4, many);
        Assert.Equal(few, many);
    }

    private async Task<int> CountCommandsAsync(string query)
    {
        var commands = new ConcurrentBag<string>();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new CommandCounter(commands, Folder));
        var data = await Client.GraphQLDataAsync(query);
        Assert.NotEmpty(data["courses"]!["nodes"]!.AsArray());
        return commands.Count;
    }

    /// <summary>Counts EF Core's executed commands on this test's databases only (tests run in parallel).</summary>
    private sealed class CommandCounter(ConcurrentBag<string> commands, TestFolder folder) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData data &&
                data.Command.Connection is { } connection && folder.Owns(connection))
            {
                commands.Add(data.Command.CommandText);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
