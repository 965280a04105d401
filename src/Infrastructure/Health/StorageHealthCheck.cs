using Microsoft.Extensions.Diagnostics.HealthChecks;
using VideoPlatform.Infrastructure.Storage;

namespace VideoPlatform.Infrastructure.Health;

/// <summary>Healthy when a file can be written to and removed from the storage root.</summary>
internal sealed class StorageHealthCheck(StorageRoot root) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var probe = Path.Combine(root.FullPath, $".health-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(root.FullPath);
            await File.WriteAllBytesAsync(probe, [1], ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reason without the path: the answer is public, the root's location is not.
            return HealthCheckResult.Unhealthy($"The storage root is not writable ({e.GetType().Name}).");
        }
        finally
        {
            DurableFiles.TryDelete(probe);
        }
    }
}
