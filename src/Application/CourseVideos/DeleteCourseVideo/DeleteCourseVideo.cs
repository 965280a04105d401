using Ardalis.Result;

namespace VideoPlatform.Application.CourseVideos.DeleteCourseVideo;

public sealed class DeleteCourseVideoHandler(ICourseVideoRepository courseVideos)
{
    public async Task<Result> HandleAsync(string hash, CancellationToken ct)
    {
        var video = await courseVideos.GetByHashAsync(hash, ct);
        if (video is null)
        {
            return Result.NotFound(CourseVideoErrors.NotFoundMessage);
        }

        courseVideos.Remove(video);
        await courseVideos.SaveChangesAsync(ct);
        return Result.Success();
    }
}
