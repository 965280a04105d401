using System.Globalization;
using Ardalis.Result;
using VideoPlatform.Application.Access;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.CourseVideos.UpsertCourseVideo;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Validation;
using VideoPlatform.Application.Videos.UpsertVideo;
using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads.CompleteUpload;

/// <param name="CourseId">When given, it must be the upload's course.</param>
public sealed record CompleteUploadCommand(string UploadId, int? CourseId = null, string? Sha256 = null);

/// <summary>The stored video: its hash (the upload id), and the SHA-256 and size of the file.</summary>
public sealed record UploadCompleted(string Hash, string Sha256, long Size);

/// <summary>
/// Turns the staged chunks into the original file and exactly one metadata row, in the database the
/// upload's course decides. Every step can be repeated, so a complete that crashed, timed out or was
/// sent twice ends the same way: same hash, one file, one row. Whatever fails, the end state is the file
/// and its row, or neither (with the staged bytes still there to complete again or to be swept).
/// </summary>
public sealed class CompleteUploadHandler(
    IUploadStaging staging,
    Permissions permissions,
    ICourseRepository courses,
    UpsertCourseVideoHandler courseVideos,
    UpsertVideoHandler videos,
    IOptions<UploadOptions> options,
    MediaWakeup wakeup,
    TimeProvider clock,
    UploadMetrics metrics)
{
    public async Task<Result<UploadCompleted>> HandleAsync(CompleteUploadCommand command, CancellationToken ct)
    {
        var errors = new FieldErrors();
        UploadInput.CheckUploadId(command.UploadId, errors);
        var expectedSha256 = UploadInput.Sha256(command.Sha256, errors);
        if (errors.Any)
        {
            return errors.ToInvalid<UploadCompleted>();
        }

        // Serialises concurrent completes (and aborts) of one upload, across instances too.
        await using var exclusive = await staging.LockAsync(command.UploadId, options.Value.CompleteLockWait, ct);
        if (exclusive is null)
        {
            return Result<UploadCompleted>.Conflict($"Upload {command.UploadId} is being completed by another request; retry in a moment.");
        }

        var session = await staging.FindAsync(command.UploadId, ct);
        if (session is null || !session.IsLive(clock.GetUtcNow().UtcDateTime))
        {
            return UploadErrors.NotFound<UploadCompleted>(command.UploadId);
        }

        if (permissions.ToContinue(session) is { IsSuccess: false } refused)
        {
            return refused.Refused<UploadCompleted>();
        }

        UploadInput.SameCourse(command.CourseId, session, errors);
        if (session.IsPartial)
        {
            errors.Add("UploadId", $"Upload {session.UploadId} is a part of a file: join it with the other parts instead of completing it.");
        }

        if (errors.Any)
        {
            return errors.ToInvalid<UploadCompleted>();
        }

        if (session is { State: UploadState.Completed, Result: { } done })
        {
            return expectedSha256 is not null && expectedSha256 != done.Sha256
                ? ChecksumMismatch(done.Sha256, expectedSha256)
                : new UploadCompleted(done.Hash, done.Sha256, done.Size);
        }

        return await CompleteAsync(session, expectedSha256, ct);
    }

    private async Task<Result<UploadCompleted>> CompleteAsync(UploadSession session, string? expectedSha256, CancellationToken ct)
    {
        var chunks = await staging.ListChunksAsync(session.UploadId, ct);
        if (Incomplete(session, chunks) is { } missing)
        {
            return missing;
        }

        if (session.CourseId is { } courseId && !await courses.ExistsAsync(courseId, ct))
        {
            return UploadErrors.Rule<UploadCompleted>("CourseId",
                $"Course {courseId} was deleted after this upload started; nothing was stored. Abort the upload and start again without a course or for another one.",
                ErrorCodes.CourseNotFound);
        }

        var limits = options.Value.Limits;
        var ordered = chunks.OrderBy(c => c.Index).ToList();
        if (!limits.FileFits(session.TotalChunks, session.ChunkSize ?? ordered[0].Size, ordered[^1].Size))
        {
            return UploadErrors.Rule<UploadCompleted>("File",
                $"The chunks add up to more than the {limits.MaxFileBytes}-byte file limit; nothing was stored.", ErrorCodes.TooLarge);
        }

        var file = await staging.AssembleAsync(session, chunks, ct);
        if (file is null)
        {
            return UploadErrors.Rule<UploadCompleted>("File",
                "The last chunk is larger than the others, so the chunks do not form one file; nothing was stored.");
        }

        if (await CheckContainerAsync(session, ct) is { } notAVideo)
        {
            return notAVideo;
        }

        if (expectedSha256 is not null && expectedSha256 != file.Sha256)
        {
            return ChecksumMismatch(file.Sha256, expectedSha256);
        }

        await staging.PublishAsync(session, ct);
        Result<VideoCreated> row;
        try
        {
            row = await WriteMetadataAsync(session, ct);
        }
        catch
        {
            // The database refused or timed out: no row, so no published file either. The staged bytes
            // stay, and a later complete (or the expiry sweep) finishes or removes them.
            await staging.UnpublishAsync(session, CancellationToken.None);
            throw;
        }

        if (!row.IsSuccess)
        {
            // The course went away between the check and the insert: keep file and row consistent.
            await staging.UnpublishAsync(session, ct);
            return row.Map(_ => default(UploadCompleted)!);
        }

        var result = new UploadResult(session.UploadId, file.Sha256, file.Size, session.OriginalPath, clock.GetUtcNow().UtcDateTime);
        await staging.MarkCompletedAsync(session, result, ct);
        metrics.Completed(toCourse: session.CourseId is not null);
        wakeup.Signal(); // a new video to process
        return new UploadCompleted(result.Hash, result.Sha256, result.Size);
    }

    private static Result<UploadCompleted>? Incomplete(UploadSession session, IReadOnlyList<ChunkInfo> chunks)
    {
        var missing = Enumerable.Range(0, session.TotalChunks).Except(chunks.Select(c => c.Index)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var listed = string.Join(", ", missing.Take(20)) + (missing.Count > 20 ? ", …" : string.Empty);
        var errors = new FieldErrors().Add("UploadId", $"{missing.Count} of {session.TotalChunks} chunks have not arrived: {listed}. " +
                                                      "Send them, then complete again; nothing was stored.", ErrorCodes.Conflict);
        foreach (var index in missing)
        {
            errors.Item("Missing", index.ToString(CultureInfo.InvariantCulture), ErrorCodes.Conflict);
        }

        return errors.ToInvalid<UploadCompleted>();
    }

    private async Task<Result<UploadCompleted>?> CheckContainerAsync(UploadSession session, CancellationToken ct)
    {
        var extension = UploadFileName.TryCreate(session.Filename)!.Extension;
        await using var file = await staging.OpenAssembledAsync(session, ct);
        return VideoContainer.Check(extension, file) is { } problem
            ? UploadErrors.Rule<UploadCompleted>("File",
                $"The uploaded bytes are not a .{extension} video: {problem}. Nothing was stored.", ErrorCodes.UnsupportedMediaType)
            : null;
    }

    private Task<Result<VideoCreated>> WriteMetadataAsync(UploadSession session, CancellationToken ct)
    {
        var metadata = new NewVideo { Hash = session.UploadId, Filename = session.Filename, CourseId = session.CourseId, Title = session.Title };
        return session.CourseId is null ? videos.HandleAsync(metadata, ct) : courseVideos.HandleAsync(metadata, ct);
    }

    private static Result<UploadCompleted> ChecksumMismatch(string actual, string expected) =>
        UploadErrors.Rule<UploadCompleted>("Sha256",
            $"The assembled file's SHA-256 is {actual}, not {expected}; no video was stored. " +
            $"Send a {FieldViolation.Placeholder} with each chunk to find the ones that differ, in a new upload.",
            ErrorCodes.ChecksumMismatch);
}
