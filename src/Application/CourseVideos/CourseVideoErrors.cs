using Ardalis.Result;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Application.CourseVideos;

internal static class CourseVideoErrors
{
    public const string NotFoundMessage = "Video not found";

    public static Result<T> CourseMissing<T>(int courseId) => Result<T>.Invalid(new ValidationError(
        "course_id", $"Course {courseId} does not exist; create the course first or use the id of an existing one.",
        ErrorCodes.CourseNotFound, ValidationSeverity.Error));
}
