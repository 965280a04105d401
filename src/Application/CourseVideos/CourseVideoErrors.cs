using Ardalis.Result;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Application.CourseVideos;

internal static class CourseVideoErrors
{
    public const string NotFound = "Video not found";

    public static Result<T> CourseMissing<T>(int courseId) => FieldErrors.Invalid<T>("CourseId",
        $"Course {courseId} does not exist; create the course first, or give {FieldViolation.Placeholder} of an existing one.",
        ErrorCodes.CourseNotFound);
}
