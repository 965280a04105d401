using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Application.Uploads.SweepExpiredUploads;

namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>Runs the expiry sweep now and then; every instance may run it, the locks keep them apart.</summary>
internal sealed class UploadSweeper(IServiceScopeFactory scopes, IOptions<UploadOptions> options, ILogger<UploadSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var swept = await scope.ServiceProvider.GetRequiredService<SweepExpiredUploadsHandler>().HandleAsync(stoppingToken);
                if (swept > 0)
                {
                    logger.LogInformation("Swept {Count} expired uploads", swept);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Upload sweep failed; trying again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
