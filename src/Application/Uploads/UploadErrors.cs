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

    public static Result<T> NotStreamed<T>(UploadSession session) => FieldErrors.Invalid<T>("UploadId",
        $"Upload {session.UploadId} was started with a number of chunks, so it takes its bytes chunk by chunk, not as one stream.");

    public static Result<T> Streamed<T>(UploadSession session) => FieldErrors.Invalid<T>("UploadId",
        $"Upload {session.UploadId} was started with a length in bytes, so it takes its bytes as one stream from its offset, not as numbered chunks.");
}
