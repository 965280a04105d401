using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Access;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;

namespace VideoPlatform.Application.Courses.AssignCourseOwner;

/// <summary>Makes someone the owner of a course (their <c>sub</c>); admins only. Courses from before accounts have no owner until this.</summary>
public sealed class AssignCourseOwnerHandler(Permissions permissions, ICourseRepository courses, IMapper mapper, TimeProvider clock)
{
    /// <summary>Subject ids are opaque strings of modest length in every identity provider we know.</summary>
    public const int MaxOwnerIdLength = 255;

    public async Task<Result<CourseDto>> HandleAsync(int id, string? ownerId, CancellationToken ct)
    {
        if (permissions.ToAdminister("give courses to their owners") is { IsSuccess: false } refused)
        {
            return refused.Refused<CourseDto>();
        }

        if (string.IsNullOrWhiteSpace(ownerId) || ownerId.Length > MaxOwnerIdLength)
        {
            return FieldErrors.Invalid<CourseDto>("OwnerId",
                $"{FieldViolation.Placeholder} must be the new owner's id (their token's sub), at most {MaxOwnerIdLength} characters.");
        }

        var course = await courses.GetByIdAsync(id, ct);
        if (course is null)
        {
            return Result<CourseDto>.NotFound(CourseErrors.NotFound);
        }

        course.AssignOwner(ownerId.Trim(), clock.GetUtcNow().UtcDateTime);
        await courses.SaveChangesAsync(ct);
        return mapper.Map<CourseDto>(course);
    }
}
