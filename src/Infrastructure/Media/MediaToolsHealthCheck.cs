using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Media;

namespace VideoPlatform.Infrastructure.Media;

/// <summary>The media tools: without them the service still serves, and uploaded videos wait (degraded, not unhealthy).</summary>
internal sealed class MediaToolsHealthCheck(IMediaTools tools, IOptions<MediaOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(!options.Value.Enabled
            ? HealthCheckResult.Healthy("The media pipeline is off.")
            : tools.IsAvailable
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded("ffmpeg and ffprobe were not found; uploaded videos wait, pending, until they are installed."));
}
