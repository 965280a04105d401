using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPlatform.Infrastructure.Health;

/// <summary>Healthy when the database answers a query against the table this service needs there.</summary>
internal sealed class DatabaseHealthCheck<TContext>(TContext db, string table) : IHealthCheck where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            // The name is one of ours, never user input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT 1)", ct);
#pragma warning restore EF1002
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{table} cannot be read: {e.Message}");
        }
    }
}
