using VideoPlatform.Domain.Common;

namespace VideoPlatform.Domain.Courses;

/// <summary>A part of a course, in order, with what a student should learn from it; it holds lessons.</summary>
public sealed class Section
{
    private Section()
    {
    }

    public int Id { get; private set; }
    public int CourseId { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public int Order { get; private set; }
    /// <summary>Null on rows the old service wrote without any.</summary>
    public IReadOnlyList<string>? LearningObjectives { get; private set; }

    public static Section Create(int courseId, SectionChanges details)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(courseId);
        var section = new Section { CourseId = courseId };
        section.Apply(details);
        return section;
    }

    /// <summary>Partial update: the fields given replace the stored ones.</summary>
    public void Apply(SectionChanges changes)
    {
        Title = changes.Title?.Trim() ?? Title;
        Order = changes.Order ?? Order;
        LearningObjectives = changes.LearningObjectives ?? LearningObjectives;
    }
}

/// <summary>The fields of a section a client may set; null means "not given".</summary>
public sealed record SectionChanges
{
    public const int TitleMaxLength = 200;
    public const int MaxObjectives = 50;
    public const int ObjectiveMaxLength = 500;

    public string? Title { get; init; }
    public int? Order { get; init; }
    public IReadOnlyList<string>? LearningObjectives { get; init; }

    public FieldChecks Check(bool creating)
    {
        var checks = new FieldChecks();
        if (creating)
        {
            checks.Required(nameof(Title), Title, TitleMaxLength);
            if (Order is null)
            {
                checks.Add(nameof(Order), $"{FieldViolation.Placeholder} is required: the section's place in the course, from 1.");
            }
        }
        else
        {
            checks.NotBlankWhenGiven(nameof(Title), Title, TitleMaxLength);
        }

        checks.Range(nameof(Order), Order, Lesson.MaxOrder);
        if (LearningObjectives is { } objectives)
        {
            if (objectives.Count > MaxObjectives)
            {
                checks.Add(nameof(LearningObjectives), $"{FieldViolation.Placeholder} may list at most {MaxObjectives} objectives.");
            }
            else
            {
                foreach (var objective in objectives)
                {
                    checks.Line(nameof(LearningObjectives), objective ?? string.Empty, ObjectiveMaxLength);
                }
            }
        }

        return checks;
    }
}
