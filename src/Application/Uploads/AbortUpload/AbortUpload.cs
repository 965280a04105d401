using Ardalis.Result;
using VideoPlatform.Application.Access;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads.AbortUpload;

/// <summary>Drops an unfinished upload and its staged bytes. A completed upload is a video: delete that instead.</summary>
public sealed class AbortUploadHandler(IUploadStaging staging, StagedUploadCleanup cleanup, Permissions permissions, IOptions<UploadOptions> options)
{
    public async Task<Result> HandleAsync(string? uploadId, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!UploadInput.CheckUploadId(uploadId, errors))
        {
            return errors.ToInvalid();
        }

        var id = uploadId!;
        await using var exclusive = await staging.LockAsync(id, options.Value.CompleteLockWait, ct);
        if (exclusive is null)
        {
            return Result.Conflict($"Upload {id} is being completed right now; abort it after that, or delete the video.");
        }

        var session = await staging.FindAsync(id, ct);
        if (session is null)
        {
            return Result.NotFound($"Upload {id} does not exist or has expired.");
        }

        if (permissions.ToContinue(session) is { IsSuccess: false } refused)
        {
            return refused;
        }

        // A complete that stopped after writing the row made a video; only its record was left unfinished.
        if (session.State == UploadState.Completed || await cleanup.HasRowAsync(session, ct))
        {
            return Result.Conflict($"Upload {id} is complete; delete the video {id} instead.");
        }

        await cleanup.DiscardAsync(session, ct);
        return Result.Success();
    }
}
