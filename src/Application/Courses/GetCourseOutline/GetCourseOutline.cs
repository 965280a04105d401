using Ardalis.Result;
using VideoPlatform.Application.Courses.GetCourse;
using VideoPlatform.Application.Lessons;
using VideoPlatform.Application.Lessons.ListLessonsOfSections;
using VideoPlatform.Application.Sections;
using VideoPlatform.Application.Sections.ListSectionsOfCourses;

namespace VideoPlatform.Application.Courses.GetCourseOutline;

public sealed record SectionOutline(SectionDto Section, IReadOnlyList<LessonDto> Lessons);

public sealed record CourseOutline(CourseDto Course, IReadOnlyList<SectionOutline> Sections);

/// <summary>A course with its sections and their lessons, in order: what a course page shows.</summary>
public sealed class GetCourseOutlineHandler(GetCourseHandler courses, ListSectionsOfCoursesHandler sections, ListLessonsOfSectionsHandler lessons)
{
    public async Task<Result<CourseOutline>> HandleAsync(int id, CancellationToken ct)
    {
        var course = await courses.HandleAsync(id, ct);
        if (!course.IsSuccess)
        {
            return Result<CourseOutline>.NotFound([.. course.Errors]);
        }

        var parts = (await sections.HandleAsync([id], ct))[id].ToList();
        var byPart = await lessons.HandleAsync(parts.Select(s => s.Id).ToList(), ct);
        return new CourseOutline(course.Value, parts.Select(s => new SectionOutline(s, byPart[s.Id].ToList())).ToList());
    }
}
