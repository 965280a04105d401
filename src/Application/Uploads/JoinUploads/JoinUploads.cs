using Ardalis.Result;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Access;
using VideoPlatform.Application.Uploads.CompleteUpload;
using VideoPlatform.Application.Uploads.InitUpload;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads.JoinUploads;

/// <summary>Parts sent in parallel, joined in the order given into one file, which becomes the video the
/// rest of the command describes.</summary>
public sealed record JoinUploadsCommand(
    IReadOnlyList<string> PartIds, string? Filename, int? CourseId, string? Title = null, IReadOnlyDictionary<string, string>? ClientMetadata = null);

/// <summary>
/// Starts an upload of the parts' total length as any upload starts (same permissions, course and limits),
/// copies the finished parts into it and completes it. Once the video exists each part keeps only the record
/// of it (its bytes are removed), so joining the same parts again answers the same video. When something fails
/// the joined upload is removed and the parts stay, to be aborted or to expire.
/// </summary>
public sealed class JoinUploadsHandler(
    IUploadStaging staging, Permissions permissions, TimeProvider clock, IOptions<UploadOptions> options, InitUploadHandler start, CompleteUploadHandler complete)
{
    /// <summary>More parts than any parallel client sends, few enough that checking them stays cheap.</summary>
    public const int MaxParts = 100;

    public async Task<Result<UploadProgress>> HandleAsync(JoinUploadsCommand command, CancellationToken ct)
    {
        if (command.PartIds.Count is 0 or > MaxParts)
        {
            return FieldErrors.Invalid<UploadProgress>("Parts", $"Name between 1 and {MaxParts} parts to join.");
        }

        var errors = new FieldErrors();
        if (!command.PartIds.All(id => UploadInput.CheckUploadId(id, errors)) || command.PartIds.Distinct().Count() != command.PartIds.Count)
        {
            return errors.Any ? errors.ToInvalid<UploadProgress>() : FieldErrors.Invalid<UploadProgress>("Parts", "Each part may be named once.");
        }

        // Two joins of the same parts at once (a client retrying a final it thinks was lost) take turns, and
        // the second finds the parts already joined.
        await using var exclusive = await staging.LockAsync(command.PartIds[0], options.Value.CompleteLockWait, ct);
        if (exclusive is null)
        {
            return Result<UploadProgress>.Conflict($"Part {command.PartIds[0]} is being joined by another request; retry in a moment.");
        }

        var parts = new List<UploadSession>(command.PartIds.Count);
        long total = 0;
        foreach (var id in command.PartIds)
        {
            var found = await staging.FindToContinueAsync(id, permissions, clock, ct);
            if (!found.IsSuccess)
            {
                return found.Map(_ => default(UploadProgress)!);
            }

            var part = found.Value;
            if (!part.IsPartial || part.Length is not { } length)
            {
                return FieldErrors.Invalid<UploadProgress>("Parts", $"Upload {id} was not started as a part, so it cannot be joined.");
            }

            // A part joined before is whole; the same join again answers that video (see below).
            if (part.State != UploadState.Completed && await staging.ReceivedBytesAsync(part, ct) is var received && received != length)
            {
                return FieldErrors.Invalid<UploadProgress>("Parts",
                    $"Part {id} has {received} of its {length} bytes; send the rest before joining it.", ErrorCodes.Conflict);
            }

            parts.Add(part);
            total += length;
        }

        if (parts.Any(p => p.State == UploadState.Completed))
        {
            return await JoinedBeforeAsync(parts, ct);
        }

        if (total > options.Value.MaxFileBytes)
        {
            return UploadErrors.Rule<UploadProgress>("Parts", $"The parts add up to {total} bytes, more than the {options.Value.MaxFileBytes}-byte file limit.", ErrorCodes.TooLarge);
        }

        var started = await start.HandleAsync(new StartStreamedUploadCommand(command.Filename, total, command.CourseId, command.Title, command.ClientMetadata, ArrivesWhole: true), ct);
        if (!started.IsSuccess)
        {
            return started.Map(_ => default(UploadProgress)!);
        }

        var joined = started.Value;
        if (!await staging.JoinAsync(joined, parts, ct))
        {
            await staging.DeleteAsync(joined.UploadId, CancellationToken.None);
            return FieldErrors.Invalid<UploadProgress>("Parts", "A part was removed while it was being joined; send the parts again.", ErrorCodes.Conflict);
        }

        var completed = await complete.HandleAsync(new CompleteUploadCommand(joined.UploadId), ct);
        if (!completed.IsSuccess)
        {
            // The joined bytes would fail the same way again; the parts stay until they are aborted or expire.
            await staging.DeleteAsync(joined.UploadId, CancellationToken.None);
            return completed.Map(_ => default(UploadProgress)!);
        }

        // Each part keeps only a record of the video it became part of, so the same join sent again (its
        // answer lost on the way) answers that video rather than a 404.
        var result = new UploadResult(completed.Value.Hash, completed.Value.Sha256, completed.Value.Size, joined.OriginalPath, clock.GetUtcNow().UtcDateTime);
        foreach (var part in parts)
        {
            await staging.MarkCompletedAsync(part, result, CancellationToken.None);
        }

        return new UploadProgress(joined, total, completed.Value);
    }

    private async Task<Result<UploadProgress>> JoinedBeforeAsync(List<UploadSession> parts, CancellationToken ct)
    {
        var videos = parts.Select(p => p.Result?.Hash).Distinct().ToList();
        if (videos is not [{ } hash] || await staging.FindAsync(hash, ct) is not { Result: { } done } joined)
        {
            var used = parts.First(p => p.Result is not null);
            return FieldErrors.Invalid<UploadProgress>("Parts",
                $"Part {used.UploadId} was already joined into video {used.Result!.Hash}, with other parts; send its bytes again as a new part.", ErrorCodes.Conflict);
        }

        return new UploadProgress(joined, joined.Length ?? done.Size, new UploadCompleted(done.Hash, done.Sha256, done.Size));
    }
}
