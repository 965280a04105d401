using System.Net.Http;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using VideoPlatform.Cli.Service;

namespace VideoPlatform.Cli.Uploading;

/// <summary>What to upload, and how.</summary>
public sealed record UploadRequest(FileInfo File, int? CourseId, string? Title, long ChunkSize, int Parallel, int Attempts);

/// <summary>
/// <c>vp upload</c>: sends a file in chunks, several at once, each with its SHA-256, retrying what failed for a
/// reason that passes (the network, a restarting or busy server) with a growing pause. The upload's id is
/// remembered (<see cref="ResumeState"/>); a rerun asks the server which chunks it has and sends only the rest.
/// </summary>
public sealed class UploadCommand(ServiceClient service, ResumeState state, Uri server, TextWriter error)
{
    public async Task<int> RunAsync(UploadRequest request, bool interactive, CancellationToken ct)
    {
        var file = request.File;
        var totalChunks = (int)Math.Max(1, (file.Length + request.ChunkSize - 1) / request.ChunkSize);
        var key = ResumeState.KeyOf(server, file, request.CourseId, request.ChunkSize);
        var (uploadId, missing, have) = await ResumeOrStartAsync(key, request, totalChunks, ct);
        if (missing is null)
        {
            return await FinishAsync(key, uploadId, request, ct);
        }

        var resumed = missing.Count < totalChunks;
        await ProgressView.RunAsync(file.Name, file.Length, have, interactive, async view =>
        {
            if (resumed)
            {
                view.Note($"Resuming upload {uploadId}: {totalChunks - missing.Count} of {totalChunks} chunks are already on the server.");
            }

            await SendAsync(uploadId, request, missing, view, ct);
            return 0;
        });
        return await FinishAsync(key, uploadId, request, ct);
    }

    private async Task<(string UploadId, List<int>? Missing, long Have)> ResumeOrStartAsync(string key, UploadRequest request, int totalChunks, CancellationToken ct)
    {
        if (state.Find(key) is { } known && await RetryAsync(request.Attempts, () => service.StatusAsync(known, ct), ct) is { } status)
        {
            if ((string?)status["state"] == "completed")
            {
                return (known, null, request.File.Length);
            }

            var missing = status["missing"]!.AsArray().Select(i => (int)i!).ToList();
            return (known, missing, (long?)status["bytes_received"] ?? 0);
        }

        var started = await RetryAsync(request.Attempts, () => service.InitAsync(request.File.Name, totalChunks, request.ChunkSize, request.CourseId, ct), ct);
        var uploadId = (string)started["upload_id"]!;
        state.Remember(key, uploadId);
        return (uploadId, Enumerable.Range(0, totalChunks).ToList(), 0);
    }

    private async Task SendAsync(string uploadId, UploadRequest request, List<int> missing, ProgressView view, CancellationToken ct)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<int>(missing);
        using var handle = File.OpenHandle(request.File.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, request.Parallel)).Select(async _ =>
        {
            var buffer = new byte[request.ChunkSize];
            while (queue.TryDequeue(out var index))
            {
                var offset = index * request.ChunkSize;
                var length = (int)Math.Min(request.ChunkSize, request.File.Length - offset);
                var read = 0;
                while (read < length)
                {
                    read += await RandomAccess.ReadAsync(handle, buffer.AsMemory(read, length - read), offset + read, ct);
                }

                var bytes = buffer.AsMemory(0, length);
                var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
                await RetryAsync(request.Attempts, () => service.PutChunkAsync(uploadId, index, bytes, sha256, ct), ct, view);
                view.ChunkStored(index, length);
            }
        }));
    }

    private async Task<int> FinishAsync(string key, string uploadId, UploadRequest request, CancellationToken ct)
    {
        var done = await RetryAsync(request.Attempts, () => service.CompleteAsync(uploadId, ct), ct);
        var hash = (string)done["hash"]!;
        state.Forget(key);
        if (!string.IsNullOrWhiteSpace(request.Title))
        {
            await RetryAsync(request.Attempts, () => service.SetTitleAsync(hash, request.Title, ct), ct);
        }

        Console.WriteLine(request.CourseId is { } course
            ? $"Uploaded {request.File.Name} as video {hash} of course {course} ({done["size"]} bytes, sha256 {done["sha256"]})."
            : $"Uploaded {request.File.Name} as video {hash} ({done["size"]} bytes, sha256 {done["sha256"]}).");
        return 0;
    }

    /// <summary>Runs a call until it succeeds, retrying network failures and transient refusals with a growing pause.</summary>
    private async Task<T> RetryAsync<T>(int attempts, Func<Task<T>> call, CancellationToken ct, ProgressView? view = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (attempt < attempts && !ct.IsCancellationRequested &&
                                      (e is HttpRequestException or TaskCanceledException || e is ServiceProblem { Transient: true }))
            {
                var pause = (e as ServiceProblem)?.RetryAfter ?? TimeSpan.FromMilliseconds(Math.Min(250 * Math.Pow(2, attempt - 1), 10_000));
                var why = e is ServiceProblem problem ? problem.Message : $"cannot reach {server}";
                var message = $"Attempt {attempt} failed ({why}); retrying in {pause.TotalSeconds:F1} s.";
                if (view is null)
                {
                    await error.WriteLineAsync(message);
                }
                else
                {
                    view.Note(message);
                }

                await Task.Delay(pause, ct);
            }
        }
    }
}
