using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPlatform.Api.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// GET /health and /health/ready: both databases, the storage root and the media tools; 503 when any is
    /// unhealthy (an orchestrator sends no traffic then). GET /health/live: the process answers, nothing
    /// else is checked, so a database outage does not get healthy instances restarted.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var everything = new HealthCheckOptions { ResponseWriter = WriteReport };
        app.MapHealthChecks("/health", everything);
        app.MapHealthChecks("/health/ready", everything);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteReport });
        return app;
    }

    private static Task WriteReport(HttpContext context, HealthReport report)
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
    }
}
