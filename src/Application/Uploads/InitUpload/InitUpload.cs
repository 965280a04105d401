using Ardalis.Result;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Access;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Uploads;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Uploads.InitUpload;

/// <param name="ChunkSize">Optional: the size of every chunk but the last. Clients that send it let the
/// server write each chunk straight into place; without it the size is learned from the first chunk.</param>
public sealed record InitUploadCommand(string? Filename, int TotalChunks, int? CourseId, long? ChunkSize = null);

/// <summary>
/// A start whose size is known in bytes rather than in chunks: the bytes then arrive as one stream from
/// offset 0 (tus), stored in pieces the service chooses (<see cref="UploadLimits.PieceSizeFor"/>).
/// </summary>
/// <param name="ArrivesWhole">All bytes arrive at once (parts being joined), so the upload is kept in as few pieces as possible.</param>
/// <param name="IsPartial">A part to be joined with others into one upload later: it names no file and no
/// course (the joined upload does), and never becomes a video by itself.</param>
public sealed record StartStreamedUploadCommand(
    string? Filename, long Length, int? CourseId, string? Title = null, IReadOnlyDictionary<string, string>? ClientMetadata = null, bool IsPartial = false,
    bool ArrivesWhole = false);

public sealed record UploadStarted(string UploadId, string CourseFolder, DateTime ExpiresAt);

public sealed class InitUploadHandler(
    IUploadStaging staging, ICourseRepository courses, Permissions permissions, IOptions<UploadOptions> options, TimeProvider clock)
{
    public async Task<Result<UploadStarted>> HandleAsync(InitUploadCommand command, CancellationToken ct)
    {
        if (permissions.ToAuthor("upload videos") is { IsSuccess: false } refused)
        {
            return refused.Refused<UploadStarted>();
        }

        var limits = options.Value.Limits;
        var errors = new FieldErrors();
        var filename = CheckFilename(command.Filename, errors);
        if (command.TotalChunks < 1)
        {
            errors.Add(nameof(command.TotalChunks), $"{FieldViolation.Placeholder} must be at least 1.");
        }
        else if (command.TotalChunks > limits.EffectiveMaxChunks)
        {
            errors.Add(nameof(command.TotalChunks), $"{FieldViolation.Placeholder} may be at most {limits.EffectiveMaxChunks}; send larger chunks.", ErrorCodes.TooLarge);
        }

        if (command.ChunkSize is { } size)
        {
            if (size < 1)
            {
                errors.Add(nameof(command.ChunkSize), $"{FieldViolation.Placeholder} must be a positive number of bytes.");
            }
            else if (size > limits.MaxChunkBytes)
            {
                errors.Add(nameof(command.ChunkSize), $"{FieldViolation.Placeholder} may be at most {limits.MaxChunkBytes} bytes.", ErrorCodes.TooLarge);
            }
            else if (command.TotalChunks >= 1 && !limits.FileFits(command.TotalChunks, size))
            {
                errors.Add(nameof(command.ChunkSize), $"{command.TotalChunks} chunks of {size} bytes exceed the {limits.MaxFileBytes}-byte file limit.", ErrorCodes.TooLarge);
            }
        }

        CheckCourseId(command.CourseId, errors);
        if (errors.Any)
        {
            return errors.ToInvalid<UploadStarted>();
        }

        var started = await StartAsync(command.CourseId, forCourse: true, now => new UploadSession(
            UploadId.New(), filename!.Value, command.CourseId, command.TotalChunks, command.ChunkSize, now, now + options.Value.SessionTtl,
            StartedBy: permissions.CallerId), ct);
        return started.Map(session => new UploadStarted(session.UploadId, session.CourseFolder, session.ExpiresAt));
    }

    /// <returns>The session started, as the stream's front door describes it to its client.</returns>
    public async Task<Result<UploadSession>> HandleAsync(StartStreamedUploadCommand command, CancellationToken ct)
    {
        if (permissions.ToAuthor("upload videos") is { IsSuccess: false } refused)
        {
            return refused.Refused<UploadSession>();
        }

        var limits = options.Value.Limits;
        var errors = new FieldErrors();
        var filename = command.IsPartial ? null : CheckFilename(command.Filename, errors);
        var pieceSize = limits.PieceSizeFor(command.Length, whole: command.ArrivesWhole);
        if (command.Length < 1)
        {
            errors.Add(nameof(command.Length), $"{FieldViolation.Placeholder} must be at least 1 byte: an empty file is not a video.");
        }
        else if (pieceSize is null)
        {
            errors.Add(nameof(command.Length), $"{FieldViolation.Placeholder} {command.Length} is more than the {limits.MaxFileBytes}-byte file limit.", ErrorCodes.TooLarge);
        }

        if (command.IsPartial && command.CourseId is not null)
        {
            errors.Add(nameof(command.CourseId), $"A part names no course; give {FieldViolation.Placeholder} on the upload that joins the parts.");
        }

        CheckCourseId(command.CourseId, errors);
        errors.AddRange(new VideoChanges { Title = command.Title }.Check(new FieldChecks()));
        if (errors.Any)
        {
            return errors.ToInvalid<UploadSession>();
        }

        return await StartAsync(command.CourseId, forCourse: !command.IsPartial, now => new UploadSession(
            UploadId.New(), filename?.Value ?? string.Empty, command.CourseId, UploadLimits.PieceCount(command.Length, pieceSize!.Value), pieceSize,
            now, now + options.Value.SessionTtl, StartedBy: permissions.CallerId, Length: command.Length, IsPartial: command.IsPartial,
            Title: command.Title, ClientMetadata: command.ClientMetadata), ct);
    }

    private static UploadFileName? CheckFilename(string? text, FieldErrors errors)
    {
        var filename = UploadFileName.TryCreate(text);
        if (text?.Length > UploadFileName.MaxInputLength)
        {
            errors.Add("Filename", $"{FieldViolation.Placeholder} may be at most {UploadFileName.MaxInputLength} characters long.");
        }
        else if (filename is null)
        {
            errors.Add("Filename", $"{FieldViolation.Placeholder} must name a video file with its extension, e.g. lecture-1.mp4.");
        }
        else if (!filename.HasAllowedExtension)
        {
            errors.Add("Filename", $"Only {string.Join(", ", UploadFileName.AllowedExtensions)} files can be uploaded; " +
                                   $"'{filename.Value}' is a .{filename.Extension} file.", ErrorCodes.UnsupportedMediaType);
        }

        return filename;
    }

    private static void CheckCourseId(int? courseId, FieldErrors errors)
    {
        if (courseId is <= 0)
        {
            errors.Add("CourseId", $"{FieldViolation.Placeholder} must be the number of a course, or left out for an admin video.");
        }
    }

    /// <param name="forCourse">Whether the course decides who may start it (a part is checked when it is joined).</param>
    private async Task<Result<UploadSession>> StartAsync(int? courseId, bool forCourse, Func<DateTime, UploadSession> session, CancellationToken ct)
    {
        if (forCourse && await MayUploadToAsync(courseId, ct) is { } notAllowed)
        {
            return notAllowed;
        }

        var open = await staging.CountOpenAsync(permissions.CallerId, ct);
        if (open.Total >= options.Value.MaxOpenUploads)
        {
            return UploadErrors.Rule<UploadSession>("Filename",
                $"{open.Total} uploads are in progress, the most this service takes at once; complete or abort one, or try again later.",
                ErrorCodes.LimitReached);
        }

        if (permissions.CallerId is not null && open.ByCaller >= options.Value.MaxOpenUploadsPerCaller)
        {
            return UploadErrors.Rule<UploadSession>("Filename",
                $"You have {open.ByCaller} uploads in progress, the most one caller may have; complete or abort one (DELETE /upload/{{upload_id}}) first.",
                ErrorCodes.LimitReached);
        }

        var started = session(clock.GetUtcNow().UtcDateTime);
        await staging.CreateAsync(started, ct);
        return started;
    }

    private async Task<Result<UploadSession>?> MayUploadToAsync(int? courseId, CancellationToken ct)
    {
        if (courseId is { } id)
        {
            if (await courses.GetByIdAsync(id, ct) is not { } course)
            {
                return UploadErrors.Rule<UploadSession>("CourseId",
                    $"Course {id} does not exist; create the course first or upload without a course.", ErrorCodes.CourseNotFound);
            }

            return permissions.ToChange(course) is { IsSuccess: false } notOwner ? notOwner.Refused<UploadSession>() : null;
        }

        return permissions.ToAdminister("upload videos without a course (they become admin videos); name a course_id of yours") is
            { IsSuccess: false } notAdmin
            ? notAdmin.Refused<UploadSession>()
            : null;
    }
}
