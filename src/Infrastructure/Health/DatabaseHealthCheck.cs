using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPlatform.Infrastructure.Health;

/// <summary>Healthy when the database answers a query against the table of <typeparamref name="TEntity"/>.</summary>
internal sealed class DatabaseHealthCheck<TContext, TEntity>(TContext db) : IHealthCheck
    where TContext : DbContext
    where TEntity : class
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await db.Set<TEntity>().AnyAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{db.Model.FindEntityType(typeof(TEntity))?.GetTableName()} cannot be read: {e.Message}");
        }
    }
}
