using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.CourseVideos.UpsertCourseVideo;

/// <summary>Creates the course video in courses.db, or updates the fields given (same hash).</summary>
public sealed class UpsertCourseVideoHandler(Permissions permissions, ICourseVideoRepository courseVideos, ICourseRepository courses, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<VideoCreated>> HandleAsync(NewVideo input, CancellationToken ct)
    {
        var errors = input.Check();
        if (input.CourseId is null)
        {
            errors.Add(nameof(NewVideo.CourseId), $"{FieldViolation.Placeholder} is required for a course video; a video without a course is an admin video.");
        }

        if (errors.Any)
        {
            return errors.ToInvalid<VideoCreated>();
        }

        var courseId = input.CourseId!.Value;
        if (!await courses.ExistsAsync(courseId, ct))
        {
            return CourseVideoErrors.CourseMissing<VideoCreated>(courseId);
        }

        if (await permissions.ToChangeCourseAsync(courseId, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<VideoCreated>();
        }

        var existing = await courseVideos.GetByHashAsync(input.Hash!, ct);
        if (existing is not null && existing.CourseId != courseId &&
            await permissions.ToChangeCourseAsync(existing.CourseId, ct) is { IsSuccess: false } notSource)
        {
            return notSource.Refused<VideoCreated>(); // moving a video takes the right to change both courses
        }
        if (existing is null)
        {
            var video = CourseVideo.Create(input.Hash!, input.Filename!, input, courseId, clock.GetUtcNow().UtcDateTime);
            switch (await courseVideos.TryAddAsync(video, ct))
            {
                case AddCourseVideoOutcome.Added:
                    return new VideoCreated(mapper.Map<VideoDto>(video), IsNew: true);
                case AddCourseVideoOutcome.CourseMissing:
                    // Deleted between our check and the insert; the foreign key refused the row.
                    return CourseVideoErrors.CourseMissing<VideoCreated>(courseId);
            }

            existing = await courseVideos.GetByHashAsync(input.Hash!, ct)
                ?? throw new InvalidOperationException($"Course video {input.Hash} was neither insertable nor readable.");
        }

        existing.Apply(input);
        existing.Rename(input.Filename!);
        existing.MoveToCourse(courseId);
        await courseVideos.SaveChangesAsync(ct);
        return new VideoCreated(mapper.Map<VideoDto>(existing), IsNew: false);
    }
}
