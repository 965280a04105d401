using Ardalis.Result;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Access;
using VideoPlatform.Application.Uploads.CompleteUpload;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads.AppendToUpload;

/// <param name="Offset">Where the client believes the upload stands; it must be exactly the upload's offset.</param>
/// <param name="DeclaredLength">How many bytes the request says it carries, when it says (checked against the rest of the file and free space up front).</param>
public sealed record AppendToUploadCommand(string UploadId, long Offset, Stream Body, ExpectedDigest? Digest = null, long? DeclaredLength = null);

/// <summary>
/// Adds bytes to a streamed upload at its offset. The bytes that complete the file complete the upload too
/// (the stream has no separate complete call): the answer then carries the video.
/// </summary>
public sealed class AppendToUploadHandler(
    IUploadStaging staging, Permissions permissions, IOptions<UploadOptions> options, TimeProvider clock, UploadMetrics metrics, CompleteUploadHandler complete)
{
    public async Task<Result<UploadProgress>> HandleAsync(AppendToUploadCommand command, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!UploadInput.CheckUploadId(command.UploadId, errors))
        {
            return errors.ToInvalid<UploadProgress>();
        }

        var found = await staging.FindToContinueAsync(command.UploadId, permissions, clock, ct);
        if (!found.IsSuccess)
        {
            return found.Map(_ => default(UploadProgress)!);
        }

        var session = found.Value;

        if (session.Length is not { } length)
        {
            return UploadErrors.NotStreamed<UploadProgress>(session);
        }

        if (session.State == UploadState.Completed)
        {
            return command.Offset == length && command.DeclaredLength is null or 0
                ? UploadProgress.Of(session, length)
                : WrongOffset(command.Offset, length);
        }

        if (command.Offset < 0 || command.Offset > length)
        {
            return FieldErrors.Invalid<UploadProgress>("Offset", $"{FieldViolation.Placeholder} must be between 0 and the upload's length, {length}.");
        }

        if (command.DeclaredLength is { } declared && command.Offset + declared > length)
        {
            return TooLong(command.Offset, length);
        }

        if (staging.AvailableBytes() is { } free && free - (command.DeclaredLength ?? length - command.Offset) < options.Value.MinFreeBytes)
        {
            return NoSpace();
        }

        var outcome = await staging.AppendAsync(session, new StreamAppend(command.Offset, command.Digest), command.Body, ct);
        metrics.BytesStored(outcome.Offset - command.Offset);
        return outcome.Status switch
        {
            AppendStatus.Appended when outcome.Offset == length && !session.IsPartial => await CompleteAsync(session, ct),
            AppendStatus.Appended or AppendStatus.Interrupted => UploadProgress.Of(session, outcome.Offset),
            AppendStatus.WrongOffset => WrongOffset(command.Offset, outcome.Offset),
            AppendStatus.Busy => Result<UploadProgress>.Conflict(
                $"Upload {session.UploadId} is receiving bytes from another request right now; ask for its offset and resume from there in a moment."),
            AppendStatus.TooLong => TooLong(command.Offset, length),
            AppendStatus.DigestMismatch => UploadErrors.Rule<UploadProgress>("Checksum",
                $"The bytes sent do not match their {command.Digest!.Algorithm.ToString().ToUpperInvariant()} checksum; they were discarded and the upload stays at offset {outcome.Offset}. Send them again.",
                ErrorCodes.ChecksumMismatch),
            AppendStatus.Gone => UploadErrors.NotFound<UploadProgress>(command.UploadId),
            AppendStatus.NoSpace => NoSpace(),
            _ => throw new InvalidOperationException($"Unhandled append outcome {outcome.Status}."),
        };
    }

    private async Task<Result<UploadProgress>> CompleteAsync(UploadSession session, CancellationToken ct)
    {
        var completed = await complete.HandleAsync(new CompleteUploadCommand(session.UploadId), ct);
        return completed.IsSuccess
            ? new UploadProgress(session, session.Length!.Value, completed.Value)
            : completed.Map(_ => default(UploadProgress)!);
    }

    private static Result<UploadProgress> NoSpace() =>
        UploadErrors.Rule<UploadProgress>("File", "The storage is nearly full, so these bytes were not stored; try again later.", ErrorCodes.StorageFull);

    private static Result<UploadProgress> WrongOffset(long sent, long actual) =>
        Result<UploadProgress>.Conflict($"The upload is at offset {actual}, not {sent}; send the bytes from offset {actual} on.");

    private static Result<UploadProgress> TooLong(long offset, long length) => UploadErrors.Rule<UploadProgress>("File",
        $"The upload is {length} bytes long and these bytes start at {offset}, so at most {length - offset} more fit; nothing was stored.",
        ErrorCodes.TooLarge);
}
