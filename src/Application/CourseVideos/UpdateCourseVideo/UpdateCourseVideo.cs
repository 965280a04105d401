using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Application.CourseVideos.UpdateCourseVideo;

public sealed class UpdateCourseVideoHandler(Permissions permissions, ICourseVideoRepository courseVideos, ICourseRepository courses, MediaWakeup wakeup, IMapper mapper)
{
    public async Task<Result<VideoDto>> HandleAsync(string hash, VideoUpdate input, CancellationToken ct)
    {
        var errors = input.Check();
        if (errors.Any)
        {
            return errors.ToInvalid<VideoDto>();
        }

        var video = await courseVideos.GetByHashAsync(hash, ct);
        if (video is null)
        {
            return Result<VideoDto>.NotFound(CourseVideoErrors.NotFound);
        }

        if (await permissions.ToChangeCourseAsync(video.CourseId, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<VideoDto>();
        }

        if (input.CourseId is int courseId && courseId != video.CourseId)
        {
            if (!await courses.ExistsAsync(courseId, ct))
            {
                return CourseVideoErrors.CourseMissing<VideoDto>(courseId);
            }

            // Moving a video takes the right to change both courses.
            if (await permissions.ToChangeCourseAsync(courseId, ct) is { IsSuccess: false } notTarget)
            {
                return notTarget.Refused<VideoDto>();
            }

            video.MoveToCourse(courseId);
        }

        video.Apply(input);
        await courseVideos.SaveChangesAsync(ct);
        if (video.AwaitsProcessing)
        {
            wakeup.Signal(); // resumed, or sent back to pending
        }

        return mapper.Map<VideoDto>(video);
    }
}
