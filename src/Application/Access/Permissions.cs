using Ardalis.Result;
using VideoPlatform.Application.Courses;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Uploads;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Access;

/// <summary>
/// Who may change what: the one statement of the rules, so REST, GraphQL and the command line enforce the
/// same ones. Reads are public and never ask. Each answer is a success, or an Unauthorized (nobody signed in)
/// or Forbidden (signed in, not allowed) result whose message says what would be allowed.
/// </summary>
public sealed class Permissions(ICaller caller, ICourseRepository courses)
{
    public const string SignInFirst =
        "Sign in first: this call changes data, so it needs a bearer token (Authorization: Bearer …) or an API key (X-Api-Key).";

    private bool IsAdmin => caller.IsInRole(Roles.Admin);

    private bool IsInstructor => caller.IsInRole(Roles.Instructor);

    /// <summary>The caller's id, to record as the owner of what they create.</summary>
    public string? CallerId => caller.Id;

    /// <summary>Creating courses and uploading to them: instructors and admins.</summary>
    public Result ToAuthor(string action)
    {
        if (IsAdmin || IsInstructor)
        {
            return Result.Success();
        }

        return caller.Id is null ? Result.Unauthorized(SignInFirst) : Result.Forbidden($"To {action} you need the instructor or admin role.");
    }

    /// <summary>What only admins do: admin videos, categories, deleting courses, the migration, the service's own calls.</summary>
    public Result ToAdminister(string action)
    {
        if (IsAdmin)
        {
            return Result.Success();
        }

        return caller.Id is null ? Result.Unauthorized(SignInFirst) : Result.Forbidden($"Only an admin may {action}.");
    }

    /// <summary>Changing a course or anything in it (sections, lessons, course videos): its owner, or an admin.</summary>
    public Result ToChange(Course course)
    {
        if (IsAdmin)
        {
            return Result.Success();
        }

        var author = ToAuthor($"change course {course.Id}");
        if (!author.IsSuccess)
        {
            return author;
        }

        if (course.OwnerId is null)
        {
            return Result.Forbidden($"Course {course.Id} has no owner (it comes from before accounts), so only an admin may change it; " +
                                    "an admin can make you its owner.");
        }

        return course.OwnerId == caller.Id
            ? Result.Success()
            : Result.Forbidden($"Course {course.Id} belongs to another instructor; only its owner or an admin may change it.");
    }

    /// <summary>
    /// <see cref="ToChange(Course)"/> for a course known by its id. A course that does not exist protects
    /// nothing: the answer is yes, and the use case answers its own "not found" (for an admin as for anyone).
    /// </summary>
    public async Task<Result> ToChangeCourseAsync(int courseId, CancellationToken ct)
    {
        if (IsAdmin)
        {
            return Result.Success();
        }

        var author = ToAuthor($"change course {courseId}");
        if (!author.IsSuccess)
        {
            return author;
        }

        return await courses.GetByIdAsync(courseId, ct) is { } course ? ToChange(course) : Result.Success();
    }

    /// <summary>A course video is its course's to change; an admin video (videos.db) is the admins'.</summary>
    public Task<Result> ToChangeAsync(VideoMetadata video, CancellationToken ct) => video is CourseVideo courseVideo
        ? ToChangeCourseAsync(courseVideo.CourseId, ct)
        : Task.FromResult(ToAdminister("change admin videos"));

    /// <summary>Sending chunks to, completing or aborting an upload: whoever started it, or an admin.</summary>
    public Result ToContinue(UploadSession session)
    {
        if (IsAdmin || (session.StartedBy is not null && session.StartedBy == caller.Id))
        {
            return Result.Success();
        }

        if (caller.Id is null)
        {
            return Result.Unauthorized(SignInFirst);
        }

        return session.StartedBy is null
            ? Result.Forbidden($"Upload {session.UploadId} was started anonymously; only an admin may continue or abort it.")
            : Result.Forbidden($"Upload {session.UploadId} was started by someone else; only they or an admin may continue or abort it.");
    }
}

public static class PermissionResults
{
    /// <summary>A refusal as the failed result of a use case that answers <typeparamref name="T"/>.</summary>
    public static Result<T> Refused<T>(this Result refusal) => refusal.Status == ResultStatus.Forbidden
        ? Result<T>.Forbidden(refusal.Errors.ToArray())
        : Result<T>.Unauthorized(refusal.Errors.ToArray());
}
