using System.Globalization;
using Ardalis.Result;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads.InitUpload;

/// <param name="ChunkSize">Optional: the size of every chunk but the last. Clients that send it let the
/// server write each chunk straight into place; without it the size is learned from the first chunk.</param>
public sealed record InitUploadCommand(string? Filename, string? TotalChunks, string? CourseId, string? ChunkSize = null);

public sealed record UploadStarted(string UploadId, string CourseFolder, DateTime ExpiresAt);

public sealed class InitUploadHandler(IUploadStaging staging, ICourseRepository courses, IOptions<UploadOptions> options, TimeProvider clock)
{
    public async Task<Result<UploadStarted>> HandleAsync(InitUploadCommand command, CancellationToken ct)
    {
        var limits = options.Value;
        var errors = new FieldErrors();
        var filename = UploadFileName.TryCreate(command.Filename);
        if (filename is null)
        {
            errors.Add("filename", "filename must name a video file with its extension, e.g. lecture-1.mp4.");
        }
        else if (!filename.HasAllowedExtension)
        {
            errors.Add("filename", $"Only {string.Join(", ", UploadFileName.AllowedExtensions)} files can be uploaded; " +
                                   $"'{filename.Value}' is a .{filename.Extension} file.", ErrorCodes.UnsupportedMediaType);
        }

        var totalChunks = UploadInput.Integer("total_chunks", command.TotalChunks, errors);
        if (totalChunks < 1)
        {
            errors.Add("total_chunks", "total_chunks must be at least 1.");
        }
        else if (totalChunks > limits.EffectiveMaxChunks)
        {
            errors.Add("total_chunks", $"total_chunks may be at most {limits.EffectiveMaxChunks}; send larger chunks.", ErrorCodes.TooLarge);
        }

        long? chunkSize = null;
        if (!string.IsNullOrWhiteSpace(command.ChunkSize))
        {
            if (!long.TryParse(command.ChunkSize, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
            {
                errors.Add("chunk_size", "chunk_size must be a positive number of bytes.");
            }
            else if (size > limits.MaxChunkBytes)
            {
                errors.Add("chunk_size", $"chunk_size may be at most {limits.MaxChunkBytes} bytes.", ErrorCodes.TooLarge);
            }
            else if (totalChunks > 1 && (totalChunks - 1) * size >= limits.MaxFileBytes)
            {
                errors.Add("chunk_size", $"{totalChunks} chunks of {size} bytes exceed the {limits.MaxFileBytes}-byte file limit.", ErrorCodes.TooLarge);
            }
            else
            {
                chunkSize = size;
            }
        }

        var courseId = UploadInput.CourseId(command.CourseId, errors);
        if (errors.Any)
        {
            return errors.ToInvalid<UploadStarted>();
        }

        if (courseId is { } id && !await courses.ExistsAsync(id, ct))
        {
            return UploadErrors.Rule<UploadStarted>("course_id",
                $"Course {id} does not exist; create the course first or upload without a course.", ErrorCodes.CourseNotFound);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UploadSession(UploadId.New(), filename!.Value, courseId, totalChunks!.Value, chunkSize, now, now + limits.SessionTtl);
        await staging.CreateAsync(session, ct);
        return new UploadStarted(session.UploadId, session.CourseFolder, session.ExpiresAt);
    }
}
