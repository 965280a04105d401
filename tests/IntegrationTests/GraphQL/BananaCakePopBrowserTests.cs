using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

/// <summary>
/// The IDE as a person meets it: Debian's Chromium, headless, driven by playwright-core (tests/browser), on
/// the real service listening on 127.0.0.1. ./test.sh installs both when they are missing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BananaCakePopBrowserTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly ConcurrentQueue<string> _graphqlPosts = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Banana_cake_pop_loads_in_chromium_and_a_query_it_sends_reaches_the_api()
    {
        using var host = new KestrelHost(_folder, services: services => services.AddSingleton<IStartupFilter>(new RecordGraphQLPosts(_graphqlPosts)));

        var (exit, output, errors) = await BrowserScript.RunAsync("bcp-smoke.mjs", host.Address.ToString().TrimEnd('/'), Path.Combine(_folder.Root, "ide.png"));

        Assert.True(exit == 0, $"browser check failed:\n{output}\n{errors}");
        Assert.Contains("schema available", output);
        Assert.Contains(_graphqlPosts, body => body.Contains("__schema"));
        Assert.Contains(_graphqlPosts, body => body.Contains("SmokeTest"));
    }

    /// <summary>Keeps the bodies of POSTs to /graphql, as the server received them.</summary>
    private sealed class RecordGraphQLPosts(ConcurrentQueue<string> bodies) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, proceed) =>
            {
                if (context.Request.Method == HttpMethods.Post && context.Request.Path == "/graphql")
                {
                    context.Request.EnableBuffering();
                    bodies.Enqueue(await new StreamReader(context.Request.Body, leaveOpen: true).ReadToEndAsync());
                    context.Request.Body.Position = 0;
                }

                await proceed();
            });
            next(app);
        };
    }
}

/// <summary>Browser tests run on their own, after the parallel ones: a headless browser on two busy cores
/// is slow enough to make its waits flaky.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
