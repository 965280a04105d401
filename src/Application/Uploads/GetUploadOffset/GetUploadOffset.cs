using Ardalis.Result;
using VideoPlatform.Application.Uploads.CompleteUpload;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads.GetUploadOffset;

/// <summary>
/// Where a streamed upload stands, so its client can resume. An upload whose bytes all arrived but that is not
/// a video yet (the service stopped between the last byte and completing) is completed here: a resuming client
/// sees the file whole and sends nothing more, so nothing else would ever complete it.
/// </summary>
public sealed class GetUploadOffsetHandler(IUploadStaging staging, TimeProvider clock, CompleteUploadHandler complete)
{
    public async Task<Result<UploadProgress>> HandleAsync(string? uploadId, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!UploadInput.CheckUploadId(uploadId, errors))
        {
            return errors.ToInvalid<UploadProgress>();
        }

        var session = await staging.FindAsync(uploadId!, ct);
        if (session is null || !session.IsLive(clock.GetUtcNow().UtcDateTime))
        {
            return UploadErrors.NotFound<UploadProgress>(uploadId!);
        }

        if (session.Length is not { } length)
        {
            return UploadErrors.NotStreamed<UploadProgress>(session);
        }

        if (session.State == UploadState.Completed)
        {
            return UploadProgress.Of(session, length);
        }

        var offset = await staging.ReceivedBytesAsync(session, ct);
        if (offset < length || session.IsPartial)
        {
            return UploadProgress.Of(session, offset);
        }

        var completed = await complete.HandleAsync(new CompleteUploadCommand(session.UploadId), ct);
        return completed.Status switch
        {
            ResultStatus.Ok => new UploadProgress(session, length, completed.Value),
            // Someone who may not complete it only learns where it stands (its owner's next look completes it),
            // and so does a look while another request is completing it.
            ResultStatus.Unauthorized or ResultStatus.Forbidden or ResultStatus.Conflict => UploadProgress.Of(session, offset),
            _ => completed.Map(_ => default(UploadProgress)!),
        };
    }
}
