namespace VideoPlatform.Application.Courses;

internal static class CourseErrors
{
    public const string NotFound = "Course not found";
}
