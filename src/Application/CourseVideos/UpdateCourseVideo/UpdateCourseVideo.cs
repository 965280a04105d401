using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Application.CourseVideos.UpdateCourseVideo;

public sealed class UpdateCourseVideoHandler(ICourseVideoRepository courseVideos, ICourseRepository courses, MediaWakeup wakeup, IMapper mapper)
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

        if (input.CourseId is int courseId && courseId != video.CourseId)
        {
            if (!await courses.ExistsAsync(courseId, ct))
            {
                return CourseVideoErrors.CourseMissing<VideoDto>(courseId);
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
