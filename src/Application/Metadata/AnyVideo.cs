using Ardalis.Result;

namespace VideoPlatform.Application.Metadata;

/// <summary>
/// A video by hash, whichever database holds it: the admin video with that hash, or else the course video.
/// The old system's clients address every video as /videos/{hash} (the preview page writes a course
/// video's status there, the transcoder its flags), and the service knows where each one lives.
/// </summary>
internal static class AnyVideo
{
    public static async Task<Result<VideoDto>> EitherAsync(Func<Task<Result<VideoDto>>> admin, Func<Task<Result<VideoDto>>> course)
    {
        var result = await admin();
        return result.Status == ResultStatus.NotFound ? await course() : result;
    }
}
