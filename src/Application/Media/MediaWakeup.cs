namespace VideoPlatform.Application.Media;

/// <summary>
/// Tells this instance's media workers that there may be work now (an upload completed, a video was
/// re-run or resumed), so a video starts within moments instead of at the next poll. Only a hint: the
/// queue is the database, and other instances find the work when they poll.
/// </summary>
public sealed class MediaWakeup
{
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);

    public void Signal()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    /// <summary>Waits for a signal, or until <paramref name="timeout"/> has passed.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
