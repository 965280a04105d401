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
/// copies the finished parts into it and completes it. The parts are removed once the video exists; when
/// something fails the joined upload is removed and the parts stay, to be aborted or to expire.
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

        var parts = new List<UploadSession>(command.PartIds.Count);
        long total = 0;
        foreach (var id in command.PartIds)
        {
            var part = await staging.FindAsync(id, ct);
            if (part is null || !part.IsLive(clock.GetUtcNow().UtcDateTime))
            {
                return UploadErrors.NotFound<UploadProgress>(id);
            }

            if (permissions.ToContinue(part) is { IsSuccess: false } refused)
            {
                return refused.Refused<UploadProgress>();
            }

            if (!part.IsPartial || part.Length is not { } length)
            {
                return FieldErrors.Invalid<UploadProgress>("Parts", $"Upload {id} was not started as a part, so it cannot be joined.");
            }

            var received = await staging.ReceivedBytesAsync(part, ct);
            if (received != length)
            {
                return FieldErrors.Invalid<UploadProgress>("Parts",
                    $"Part {id} has {received} of its {length} bytes; send the rest before joining it.", ErrorCodes.Conflict);
            }

            parts.Add(part);
            total += length;
        }

        if (total > options.Value.MaxFileBytes)
        {
            return UploadErrors.Rule<UploadProgress>("Parts", $"The parts add up to {total} bytes, more than the {options.Value.MaxFileBytes}-byte file limit.", ErrorCodes.TooLarge);
        }

        var started = await start.HandleAsync(new StartStreamedUploadCommand(command.Filename, total, command.CourseId, command.Title, command.ClientMetadata), ct);
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

        foreach (var part in parts)
        {
            await staging.DeleteAsync(part.UploadId, CancellationToken.None);
        }

        return new UploadProgress(joined, total, completed.Value);
    }
}
