using Scalar.AspNetCore;
using VideoPlatform.Api.Http;

namespace VideoPlatform.Api.Reference;

/// <summary>
/// The REST API described: <c>/openapi/v1.json</c>, generated from the endpoints' typed results and the same JSON
/// options the wire uses (snake_case), and <c>/scalar</c>, Scalar's reference UI served from the package itself
/// (no CDN, works offline).
/// </summary>
public static class ApiReference
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string UiPath = "/scalar";

    public static IServiceCollection AddApiReference(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "VideoPlatform REST API";
                document.Info.Description = "Courses, course videos, admin videos and the chunked upload, on the wire the deployed " +
                    "clients speak. GraphQL is at /graphql (Banana Cake Pop at /graphql/). Errors are RFC 9457 problem documents.";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer(OpenApiConventions.DescribeOperations);
            options.AddSchemaTransformer(OpenApiConventions.DescribeVideoFlags);
            options.AddOperationTransformer(OpenApiConventions.DescribeAccess);
            // GraphQL answers in its own format and documents itself (introspection, /graphql?sdl).
            options.ShouldInclude = description => !(description.RelativePath ?? string.Empty).StartsWith("graphql", StringComparison.Ordinal);
        });

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.AnnounceAt($"API reference (Scalar, over {DocumentPath})", UiPath);
        app.MapOpenApi(DocumentPath);
        app.MapScalarApiReference(UiPath, options => options
            .WithTitle("VideoPlatform API")
            .WithOpenApiRoutePattern(DocumentPath)
            // Its default fonts come from fonts.scalar.com; the system's own keep the page working offline.
            .DisableDefaultFonts());
        return app;
    }
}
