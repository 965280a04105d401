using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Media.PublishScheduledVideos;

namespace VideoPlatform.Infrastructure.Media;

/// <summary>Publishes Scheduled videos once their time has come and their renditions are ready; every instance may run it (publishing twice changes nothing).</summary>
internal sealed class ScheduledPublisher(IServiceScopeFactory scopes, IOptions<MediaOptions> options, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScheduleInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<PublishScheduledVideosHandler>().HandleAsync(stoppingToken) is > 0 and var count)
                {
                    logger.LogInformation("Published {Count} scheduled videos", count);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Publishing scheduled videos failed; trying again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
