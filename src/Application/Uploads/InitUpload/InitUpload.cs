using Ardalis.Result;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Access;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads.InitUpload;

/// <param name="ChunkSize">Optional: the size of every chunk but the last. Clients that send it let the
/// server write each chunk straight into place; without it the size is learned from the first chunk.</param>
public sealed record InitUploadCommand(string? Filename, int TotalChunks, int? CourseId, long? ChunkSize = null);

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
        var filename = UploadFileName.TryCreate(command.Filename);
        if (command.Filename?.Length > UploadFileName.MaxInputLength)
        {
            errors.Add(nameof(command.Filename), $"{FieldViolation.Placeholder} may be at most {UploadFileName.MaxInputLength} characters long.");
        }
        else if (filename is null)
        {
            errors.Add(nameof(command.Filename), $"{FieldViolation.Placeholder} must name a video file with its extension, e.g. lecture-1.mp4.");
        }
        else if (!filename.HasAllowedExtension)
        {
            errors.Add(nameof(command.Filename), $"Only {string.Join(", ", UploadFileName.AllowedExtensions)} files can be uploaded; " +
                                                 $"'{filename.Value}' is a .{filename.Extension} file.", ErrorCodes.UnsupportedMediaType);
        }

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

        if (command.CourseId is <= 0)
        {
            errors.Add(nameof(command.CourseId), $"{FieldViolation.Placeholder} must be the number of a course, or left out for an admin video.");
        }

        if (errors.Any)
        {
            return errors.ToInvalid<UploadStarted>();
        }

        if (command.CourseId is { } id)
        {
            if (await courses.GetByIdAsync(id, ct) is not { } course)
            {
                return UploadErrors.Rule<UploadStarted>(nameof(command.CourseId),
                    $"Course {id} does not exist; create the course first or upload without a course.", ErrorCodes.CourseNotFound);
            }

            if (permissions.ToChange(course) is { IsSuccess: false } notOwner)
            {
                return notOwner.Refused<UploadStarted>();
            }
        }
        else if (permissions.ToAdminister("upload videos without a course (they become admin videos); name a course_id of yours") is
                 { IsSuccess: false } notAdmin)
        {
            return notAdmin.Refused<UploadStarted>();
        }

        var open = await staging.CountOpenAsync(permissions.CallerId, ct);
        if (open.Total >= options.Value.MaxOpenUploads)
        {
            return UploadErrors.Rule<UploadStarted>(nameof(command.Filename),
                $"{open.Total} uploads are in progress, the most this service takes at once; complete or abort one, or try again later.",
                ErrorCodes.LimitReached);
        }

        if (permissions.CallerId is not null && open.ByCaller >= options.Value.MaxOpenUploadsPerCaller)
        {
            return UploadErrors.Rule<UploadStarted>(nameof(command.Filename),
                $"You have {open.ByCaller} uploads in progress, the most one caller may have; complete or abort one (DELETE /upload/{{upload_id}}) first.",
                ErrorCodes.LimitReached);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UploadSession(UploadId.New(), filename!.Value, command.CourseId, command.TotalChunks, command.ChunkSize, now,
            now + options.Value.SessionTtl, StartedBy: permissions.CallerId);
        await staging.CreateAsync(session, ct);
        return new UploadStarted(session.UploadId, session.CourseFolder, session.ExpiresAt);
    }
}
