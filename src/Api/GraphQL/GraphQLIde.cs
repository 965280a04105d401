using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using VideoPlatform.Api.Http;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// Banana Cake Pop, self-hosted from the build output (<c>graphql-ide/</c>, from the npm package at build
/// time): its page at <c>/graphql/</c>, its assets beside it (the page refers to them relatively), and the
/// config that points it at the browser's own URL.
/// </summary>
public static class GraphQLIde
{
    private const string Folder = "graphql-ide";

    private static string Root => Path.Combine(AppContext.BaseDirectory, Folder);

    public static IApplicationBuilder UseGraphQLIde(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        return options.EnableIde && Directory.Exists(Root)
            ? app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Root), RequestPath = GraphQLEndpoint.Path })
            : app;
    }

    /// <summary>Once listening, says where to open the IDE, so a newcomer does not have to read the docs first.</summary>
    public static void AnnounceGraphQLIde(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<GraphQLOptions>>().Value.EnableIde || !Directory.Exists(Root))
        {
            return;
        }

        app.AnnounceAt("GraphQL IDE (Banana Cake Pop)", $"{GraphQLEndpoint.Path}/");
    }

    public static IEndpointRouteBuilder MapGraphQLIde(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{GraphQLEndpoint.Path}/bcp-config.json", (IOptions<GraphQLOptions> options) => options.Value.EnableIde
            ? Results.Text("""{"useBrowserUrlAsEndpoint":true}""", "application/json") // the IDE's names, not the REST snake_case
            : Results.NotFound()).ExcludeFromDescription();
        return app;
    }

    /// <summary>Routing gives <c>/graphql/</c> to the GraphQL endpoint; without a query it is the IDE's page.</summary>
    public static bool IsPageRequest(HttpRequest request) =>
        request.Path.Value!.EndsWith('/') && !request.Query.ContainsKey("query");

    public static IResult PageResult(GraphQLOptions options)
    {
        var page = Path.Combine(Root, "index.html");
        return options.EnableIde && File.Exists(page) ? Results.File(page, "text/html; charset=utf-8") : Results.NotFound();
    }

    public static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
