using VideoPlatform.Domain.Common;

namespace VideoPlatform.Domain.Courses;

/// <summary>One lesson of a section: a video, a text or anything else the course shows, in order.</summary>
public sealed class Lesson
{
    /// <summary>No course has more parts than this; a larger place is a mistake.</summary>
    public const int MaxOrder = 100_000;

    private Lesson()
    {
    }

    public int Id { get; private set; }
    public int SectionId { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public string? Description { get; private set; }
    public string Type { get; private set; } = string.Empty;

    /// <summary>The hash of the lesson's video, when it has one.</summary>
    public string? VideoId { get; private set; }

    /// <summary>In seconds.</summary>
    public int? Duration { get; private set; }

    public int Order { get; private set; }

    /// <summary>The lesson's resources as the JSON text the old service stored (a list of objects).</summary>
    public string? Resources { get; private set; }

    /// <summary>Null on rows the old service wrote without it (read as not downloadable).</summary>
    public bool? Downloadable { get; private set; }

    public static Lesson Create(int sectionId, LessonChanges details)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sectionId);
        var lesson = new Lesson { SectionId = sectionId };
        lesson.Apply(details);
        return lesson;
    }

    /// <summary>Partial update: the fields given replace the stored ones; a lesson may move to another section of its course.</summary>
    public void Apply(LessonChanges changes)
    {
        SectionId = changes.SectionId ?? SectionId;
        Title = changes.Title?.Trim() ?? Title;
        Description = changes.Description ?? Description;
        Type = changes.Type ?? Type;
        VideoId = changes.VideoId ?? VideoId;
        Duration = changes.Duration ?? Duration;
        Order = changes.Order ?? Order;
        Resources = changes.Resources ?? Resources;
        Downloadable = changes.Downloadable ?? Downloadable;
    }
}
