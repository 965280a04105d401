using VideoPlatform.Application.Courses;
using VideoPlatform.Application.CourseVideos;
using VideoPlatform.Application.Querying;
using VideoPlatform.Application.Videos;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.UnitTests.Fakes;

/// <summary>Records every read so tests can check the order a handler consults its stores in.</summary>
public sealed class CallLog
{
    public List<string> Calls { get; } = [];
}

public sealed class InMemoryCourses(CallLog? log = null) : ICourseRepository
{
    public List<Course> Items { get; } = [];

    public Task<Course?> GetByIdAsync(int id, CancellationToken ct) => Task.FromResult(Items.FirstOrDefault(c => c.Id == id));

    public Task<bool> ExistsAsync(int id, CancellationToken ct)
    {
        log?.Calls.Add("courses.exists");
        return Task.FromResult(Items.Any(c => c.Id == id));
    }


    public Task<IReadOnlyList<Course>> ListByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Course>>(Items.Where(c => ids.Contains(c.Id)).ToList());

    // LINQ orders null first, as SQLite does.

    public NullsSortAs Nulls => NullsSortAs.Smallest;


    public Task<IReadOnlyList<Course>> QueryAsync(QueryShape<Course> shape, int skip, int take, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Course>>(shape.Apply(Items.AsQueryable(), NoRelatedRows.Instance).Skip(skip).Take(take).ToList());

    public Task<int> CountAsync(QueryShape<Course> shape, CancellationToken ct) => Task.FromResult(shape.Apply(Items.AsQueryable(), NoRelatedRows.Instance).Count());

    public void Add(Course course) => Items.Add(course);

    public Task RemoveAsync(Course course, CancellationToken ct)
    {
        Items.Remove(course);
        return Task.CompletedTask;
    }

    public Task SaveChangesAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>A course with the given id, as if the database had assigned it.</summary>
    public Course Seed(int id, string title = "Course")
    {
        var course = Course.Create(title, new CourseChanges(), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        typeof(Course).GetProperty(nameof(Course.Id))!.SetValue(course, id);
        Items.Add(course);
        return course;
    }
}

public sealed class InMemoryCourseVideos(CallLog? log = null) : ICourseVideoRepository
{
    public List<CourseVideo> Items { get; } = [];
    public int Saves { get; private set; }

    /// <summary>Set to make the next insert lose a race the way the database would report it.</summary>
    public AddCourseVideoOutcome? NextAddOutcome { get; set; }

    /// <summary>Set to make the next lookup miss, as a request that lost a race would have seen it.</summary>
    public bool MissNextLookup { get; set; }

    public Task<CourseVideo?> GetByHashAsync(string hash, CancellationToken ct)
    {
        var missed = MissNextLookup;
        MissNextLookup = false;
        return Task.FromResult(missed ? null : Items.FirstOrDefault(v => v.Hash == hash));
    }


    public Task<IReadOnlyList<CourseVideo>> ListByCoursesAsync(IReadOnlyCollection<int> courseIds, CancellationToken ct)
    {
        log?.Calls.Add("course_videos.list");
        return Task.FromResult<IReadOnlyList<CourseVideo>>(Items.Where(v => courseIds.Contains(v.CourseId)).ToList());
    }

    // LINQ orders null first, as SQLite does.

    public NullsSortAs Nulls => NullsSortAs.Smallest;


    public Task<IReadOnlyList<CourseVideo>> QueryAsync(QueryShape<CourseVideo> shape, int skip, int take, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CourseVideo>>(shape.Apply(Items.AsQueryable(), NoRelatedRows.Instance).Skip(skip).Take(take).ToList());

    public Task<int> CountAsync(QueryShape<CourseVideo> shape, CancellationToken ct) => Task.FromResult(shape.Apply(Items.AsQueryable(), NoRelatedRows.Instance).Count());

    public Task<AddCourseVideoOutcome> TryAddAsync(CourseVideo video, CancellationToken ct)
    {
        if (NextAddOutcome is { } outcome)
        {
            NextAddOutcome = null;
            return Task.FromResult(outcome);
        }

        if (Items.Any(v => v.Hash == video.Hash))
        {
            return Task.FromResult(AddCourseVideoOutcome.HashTaken);
        }

        Items.Add(video);
        Saves++;
        return Task.FromResult(AddCourseVideoOutcome.Added);
    }

    public void Remove(CourseVideo video) => Items.Remove(video);

    public Task SaveChangesAsync(CancellationToken ct)
    {
        Saves++;
        return Task.CompletedTask;
    }
}

public sealed class InMemoryVideos(CallLog? log = null) : IVideoRepository
{
    public List<Video> Items { get; } = [];

    public Task<Video?> GetByHashAsync(string hash, CancellationToken ct) => Task.FromResult(Items.FirstOrDefault(v => v.Hash == hash));



    public Task<IReadOnlyList<Video>> ListByCoursesAsync(IReadOnlyCollection<int> courseIds, CancellationToken ct)
    {
        log?.Calls.Add("videos.list");
        return Task.FromResult<IReadOnlyList<Video>>(Items.Where(v => v.CourseId is { } c && courseIds.Contains(c)).ToList());
    }

    // LINQ orders null first, as SQLite does.

    public NullsSortAs Nulls => NullsSortAs.Smallest;


    public Task<IReadOnlyList<Video>> QueryAsync(QueryShape<Video> shape, int skip, int take, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Video>>(shape.Apply(Items.AsQueryable(), NoRelatedRows.Instance).Skip(skip).Take(take).ToList());

    public Task<int> CountAsync(QueryShape<Video> shape, CancellationToken ct) => Task.FromResult(shape.Apply(Items.AsQueryable(), NoRelatedRows.Instance).Count());

    public Task<IReadOnlyList<Video>> ListWithCourseAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Video>>(Items.Where(v => v.CourseId != null).ToList());

    public Task<bool> TryAddAsync(Video video, CancellationToken ct)
    {
        if (Items.Any(v => v.Hash == video.Hash))
        {
            return Task.FromResult(false);
        }

        Items.Add(video);
        return Task.FromResult(true);
    }

    public void Remove(Video video) => Items.Remove(video);

    public Task SaveChangesAsync(CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Each fake holds one entity's rows; a filter that follows a relation is a database test's business.</summary>
public sealed class NoRelatedRows : IQuerySources
{
    public static NoRelatedRows Instance { get; } = new();

    public IQueryable<TEntity> Rows<TEntity>() where TEntity : class =>
        throw new NotSupportedException("The in-memory fakes do not follow relations; test related filters against a database.");
}
