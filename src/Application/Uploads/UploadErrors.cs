using Ardalis.Result;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Application.Uploads;

internal static class UploadErrors
{
    public static Result<T> NotFound<T>(string uploadId) =>
        Result<T>.NotFound($"Upload {uploadId} does not exist or has expired; start a new upload with /upload/init.");

    public static Result<T> Rule<T>(string field, string message, string code = ErrorCodes.RuleBroken) =>
        Result<T>.Invalid(new ValidationError(field, message, code, ValidationSeverity.Error));

    public static Result<T> AlreadyCompleted<T>(UploadSession session) =>
        Result<T>.Conflict($"Upload {session.UploadId} is already complete (video {session.UploadId}); its chunks can no longer change.");
}
