using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Media.ProcessVideo;

namespace VideoPlatform.Infrastructure.Media;

/// <summary>
/// This instance's media workers (<see cref="MediaOptions.Workers"/> of them): each looks for a due video,
/// claims it and processes it, then looks again; with nothing due it waits for a wake-up (a completed
/// upload) or the poll interval. Without ffmpeg nothing is claimed: videos stay pending until it is there.
/// </summary>
internal sealed class MediaWorker(
    IServiceScopeFactory scopes, IMediaTools tools, MediaWakeup wakeup, IOptions<MediaOptions> options, TimeProvider clock, ILogger<MediaWorker> logger)
    : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}"[..^24];

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("The media pipeline is off (Media:Enabled=false): uploaded videos stay pending");
            return Task.CompletedTask;
        }

        return Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(i => RunAsync($"{_instance}/{i}", stoppingToken)));
    }

    private async Task RunAsync(string worker, CancellationToken stoppingToken)
    {
        var warned = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = false;
            try
            {
                if (tools.IsAvailable)
                {
                    warned = false;
                    worked = await ProcessOneAsync(worker, stoppingToken);
                }
                else if (!warned)
                {
                    logger.LogWarning("ffmpeg/ffprobe not found: uploaded videos wait, pending, until they are installed");
                    warned = true;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // One video's trouble (a database hiccup, a storage error) must not end the worker.
                logger.LogError(e, "Media worker {Worker} failed; it goes on", worker);
            }

            if (!worked)
            {
                try
                {
                    await wakeup.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Processes the first due video this worker can claim; false when there was none.</summary>
    private async Task<bool> ProcessOneAsync(string worker, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<IProcessingQueue>();
        foreach (var candidate in await queue.ListDueAsync(clock.GetUtcNow().UtcDateTime, 10, ct))
        {
            // Each video in a scope of its own: a fresh DbContext, nothing tracked from the last one.
            await using var work = scopes.CreateAsyncScope();
            var outcome = await work.ServiceProvider.GetRequiredService<ProcessVideoHandler>().HandleAsync(candidate, worker, ct);
            if (outcome != ProcessingOutcome.NotClaimed)
            {
                return true;
            }
        }

        return false;
    }
}
