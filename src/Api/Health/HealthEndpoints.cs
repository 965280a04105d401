using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace VideoPlatform.Api.Health;

public static class HealthEndpoints
{
    /// <summary>GET /health: both databases and the storage root; 503 when any is unhealthy.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new
                    {
                        status = e.Value.Status.ToString(),
                        description = e.Value.Description,
                    }),
                }));
            },
        });
        return app;
    }
}
