using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using VideoPlatform.Infrastructure.Storage;

namespace VideoPlatform.Infrastructure.Health;

/// <summary>Healthy when a file can be written to and removed from the storage root.</summary>
internal sealed class StorageHealthCheck(IOptions<StorageOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var root = options.Value.FullRoot;
        var probe = Path.Combine(root, $".health-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(root);
            await File.WriteAllBytesAsync(probe, [1], ct);
            File.Delete(probe);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy($"Storage root {root} is not writable: {e.Message}");
        }
    }
}
