using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Media.ProcessVideo;

/// <summary>
/// Receives an encode's progress and, at most every <see cref="MediaOptions.RenewEvery"/>, renews the claim
/// with it. A renewal the queue refuses (the video was stopped or deleted, or another worker took it) cancels
/// the encode: that is the safe point a stop waits for.
/// </summary>
internal sealed class LeaseKeeper(
    IProcessingQueue queue, MediaVideo video, string worker, MediaOptions options, TimeProvider clock, CancellationTokenSource interrupt)
    : IProgress<double>, IAsyncDisposable
{
    private readonly object _gate = new();
    private Task _renewal = Task.CompletedTask;
    private DateTime _next = DateTime.MinValue;

    public bool Lost { get; private set; }

    public void Report(double value)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            if (now < _next || !_renewal.IsCompleted || Lost)
            {
                return;
            }

            _next = now + options.RenewEvery;
            _renewal = RenewAsync(now, Math.Clamp(value, 0, 1));
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task pending;
        lock (_gate)
        {
            pending = _renewal;
        }

        await pending;
    }

    private async Task RenewAsync(DateTime now, double progress)
    {
        try
        {
            if (!await queue.RenewAsync(video, worker, now + options.Lease, progress, interrupt.Token))
            {
                Lost = true;
                await interrupt.CancelAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // The encode ended meanwhile.
        }
    }
}
