using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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
        var browserTests = Path.Combine(RepositoryRoot(), "tests", "browser");
        Assert.True(File.Exists("/usr/bin/chromium"), "Debian's chromium is not installed; ./test.sh installs it (apt-get install chromium).");
        Assert.True(Directory.Exists(Path.Combine(browserTests, "node_modules", "playwright-core")),
            "playwright-core is not installed; ./test.sh installs it (npm ci in tests/browser).");

        using var factory = new ApiFactory(_folder) { ExtraServices = services => services.AddSingleton<IStartupFilter>(new RecordGraphQLPosts(_graphqlPosts)) };
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("localhost", "127.0.0.1").Replace("[::1]", "127.0.0.1");

        var start = new ProcessStartInfo("node", ["bcp-smoke.mjs", address, Path.Combine(_folder.Root, "ide.png")])
        {
            WorkingDirectory = browserTests,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await node.WaitForExitAsync(timeout.Token);

        Assert.True(node.ExitCode == 0, $"browser check failed:\n{await output}\n{await errors}");
        Assert.Contains("schema available", await output);
        Assert.Contains(_graphqlPosts, body => body.Contains("__schema"));
        Assert.Contains(_graphqlPosts, body => body.Contains("SmokeTest"));
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

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
