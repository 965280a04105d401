using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.CourseVideos.ListVideosOfCourses;

namespace VideoPlatform.Application.Courses.PublishCourse;

/// <summary>A video of a published course and where its processing stands.</summary>
public sealed record VideoProgress(string VideoHash, string? Status);

public sealed record CoursePublished(CourseDto Course, IReadOnlyList<VideoProgress> Videos);

/// <summary>Publishes a course (status published) or takes it back to draft; answers it with how far each of its videos is.</summary>
public sealed class PublishCourseHandler(Permissions permissions, ICourseRepository courses, ListVideosOfCoursesHandler videos, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<CoursePublished>> HandleAsync(int id, bool publish, CancellationToken ct)
    {
        var course = await courses.GetByIdAsync(id, ct);
        if (course is null)
        {
            return Result<CoursePublished>.NotFound(CourseErrors.NotFound);
        }

        if (permissions.ToChange(course) is { IsSuccess: false } refused)
        {
            return refused.Refused<CoursePublished>();
        }

        if (publish)
        {
            course.Publish(clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            course.Unpublish(clock.GetUtcNow().UtcDateTime);
        }

        await courses.SaveChangesAsync(ct);
        var progress = publish
            ? (await videos.HandleAsync([id], ct))[id].Select(v => new VideoProgress(v.Hash, v.TranscodingStatus)).ToList()
            : [];
        return new CoursePublished(mapper.Map<CourseDto>(course), progress);
    }
}
