using Ardalis.Result;
using VideoPlatform.Application.Access;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Application.Uploads.UploadChunk;

/// <param name="CourseId">When given, it must be the upload's course (clients repeat it on every call).</param>
/// <param name="DeclaredLength">How many bytes the request says it carries, when it says (checked against free space up front).</param>
public sealed record UploadChunkCommand(string UploadId, int Index, Stream Body, int? CourseId = null, string? Sha256 = null, long? DeclaredLength = null);

public sealed record ChunkAccepted(int Index, long Size, string? Sha256, bool AlreadyHad);

public sealed class UploadChunkHandler(IUploadStaging staging, Permissions permissions, IOptions<UploadOptions> options, TimeProvider clock, UploadMetrics metrics)
{
    public async Task<Result<ChunkAccepted>> HandleAsync(UploadChunkCommand command, CancellationToken ct)
    {
        var errors = new FieldErrors();
        UploadInput.CheckUploadId(command.UploadId, errors);
        var sha256 = UploadInput.Sha256(command.Sha256, errors);
        if (errors.Any)
        {
            return errors.ToInvalid<ChunkAccepted>();
        }

        var found = await staging.FindToContinueAsync(command.UploadId, permissions, clock, ct);
        if (!found.IsSuccess)
        {
            return found.Map(_ => default(ChunkAccepted)!);
        }

        var session = found.Value;

        if (session.State == Domain.Uploads.UploadState.Completed)
        {
            return UploadErrors.AlreadyCompleted<ChunkAccepted>(session);
        }

        if (session.Length is not null)
        {
            return UploadErrors.Streamed<ChunkAccepted>(session);
        }

        var index = command.Index;
        UploadInput.SameCourse(command.CourseId, session, errors);
        if (index < 0 || index >= session.TotalChunks)
        {
            errors.Add(nameof(command.Index), $"{FieldViolation.Placeholder} must be between 0 and {session.TotalChunks - 1} for an upload of {session.TotalChunks} chunks.");
        }

        if (errors.Any)
        {
            return errors.ToInvalid<ChunkAccepted>();
        }

        var limits = options.Value.Limits;
        if (staging.AvailableBytes() is { } free && free - (command.DeclaredLength ?? session.ChunkSize ?? 0) < options.Value.MinFreeBytes)
        {
            return NoSpace(index);
        }

        var write = new ChunkWrite(index, index == session.TotalChunks - 1, limits, sha256);
        var outcome = await staging.WriteChunkAsync(session, write, command.Body, ct);
        return outcome.Status switch
        {
            ChunkWriteStatus.Stored => Stored(outcome.Chunk!),
            ChunkWriteStatus.AlreadyStoredSame => Accepted(outcome.Chunk!, alreadyHad: true),
            ChunkWriteStatus.AlreadyStoredDifferent => Result<ChunkAccepted>.Conflict(
                $"Chunk {index} was already accepted with different bytes; an accepted chunk cannot change. Start a new upload to send other content."),
            ChunkWriteStatus.Busy => Result<ChunkAccepted>.Conflict(
                $"Chunk {index} is being received by another request right now; retry it in a moment."),
            ChunkWriteStatus.TooLarge => UploadErrors.Rule<ChunkAccepted>("File",
                $"Chunk {index} is larger than allowed: chunks may be at most {limits.MaxChunkBytes} bytes and the whole file at most {limits.MaxFileBytes} bytes.",
                ErrorCodes.TooLarge),
            ChunkWriteStatus.ChecksumMismatch => UploadErrors.Rule<ChunkAccepted>("Sha256",
                $"Chunk {index} arrived with SHA-256 {outcome.Chunk?.Sha256}, not {sha256}; it was discarded, send it again.",
                ErrorCodes.ChecksumMismatch),
            ChunkWriteStatus.SizeMismatch => FieldErrors.Invalid<ChunkAccepted>("File",
                $"Chunk {index} has {outcome.ActualSize} bytes, but this upload's chunks are {outcome.ExpectedSize} bytes " +
                "(every chunk but the last must have the same size, and the last may not be larger); it was discarded."),
            ChunkWriteStatus.Gone => UploadErrors.NotFound<ChunkAccepted>(command.UploadId),
            ChunkWriteStatus.NoSpace => NoSpace(index),
            _ => throw new InvalidOperationException($"Unhandled chunk outcome {outcome.Status}."),
        };
    }

    private static Result<ChunkAccepted> NoSpace(int index) => UploadErrors.Rule<ChunkAccepted>("File",
        $"The storage is nearly full, so chunk {index} was not stored; try again later.", ErrorCodes.StorageFull);

    private Result<ChunkAccepted> Stored(ChunkInfo chunk)
    {
        metrics.ChunkStored(chunk.Size);
        return Accepted(chunk, alreadyHad: false);
    }

    private static Result<ChunkAccepted> Accepted(ChunkInfo chunk, bool alreadyHad) =>
        new ChunkAccepted(chunk.Index, chunk.Size, chunk.Sha256, alreadyHad);
}
