using Ardalis.Result;
using VideoPlatform.Application.Access;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads;

/// <summary>The first step of every call that goes on with an upload: find it, and check the caller may.</summary>
internal static class UploadAccess
{
    /// <summary>The live upload the caller may continue; otherwise 404 (unknown or expired) or 401/403 (someone else's).</summary>
    public static async Task<Result<UploadSession>> FindToContinueAsync(
        this IUploadStaging staging, string uploadId, Permissions permissions, TimeProvider clock, CancellationToken ct)
    {
        var session = await staging.FindAsync(uploadId, ct);
        if (session is null || !session.IsLive(clock.GetUtcNow().UtcDateTime))
        {
            return UploadErrors.NotFound<UploadSession>(uploadId);
        }

        return permissions.ToContinue(session) is { IsSuccess: false } refused ? refused.Refused<UploadSession>() : session;
    }
}
