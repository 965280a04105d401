using Ardalis.Result;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads;

internal static class UploadErrors
{
    public static Result<T> NotFound<T>(string uploadId) =>
        Result<T>.NotFound($"Upload {uploadId} does not exist or has expired; start a new upload.");

    public static Result<T> Rule<T>(string field, string message, string code = ErrorCodes.RuleBroken) =>
        FieldErrors.Invalid<T>(field, message, code);

    public static Result<T> AlreadyCompleted<T>(UploadSession session) =>
        Result<T>.Conflict($"Upload {session.UploadId} is already complete (video {session.UploadId}); its chunks can no longer change.");
}
