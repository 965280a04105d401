using Ardalis.Result;
using VideoPlatform.Application.Access;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Videos;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Application.CourseVideos.MigrateCourseVideos;

public sealed record MigrationOrphan(string Hash, int CourseId);

public sealed record MigrationCounts(int Moved, int AlreadyPresent, int Orphans, int Conflicts);

/// <summary>What the move did (or, in a dry run, would do), hash by hash.</summary>
public sealed record MigrationReport(
    bool DryRun,
    IReadOnlyList<string> Moved,
    IReadOnlyList<string> AlreadyPresent,
    IReadOnlyList<MigrationOrphan> Orphans,
    IReadOnlyList<string> Conflicts)
{
    public MigrationCounts Counts => new(Moved.Count, AlreadyPresent.Count, Orphans.Count, Conflicts.Count);
}

public enum MigrationStep
{
    /// <summary>The row was inserted (and committed) in courses.db; it is still in videos.db.</summary>
    Copied,

    /// <summary>The row was deleted (and committed) from videos.db; the move of this row is finished.</summary>
    Removed,
}

/// <summary>Called after each committed step; the tests interrupt the move here.</summary>
public class MigrationCheckpoints
{
    public virtual Task ReachedAsync(MigrationStep step, string hash, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>
/// Moves course videos the old system left in videos.db into courses.db. There is no transaction across
/// two SQLite files, so each row moves in two committed steps, copy then remove, and every state an
/// interruption can leave is one the next run finishes: a row in both places with identical fields is
/// "already present", and its source is removed. Readers never miss a row: the merged course list reads
/// videos.db before courses.db.
/// </summary>
public sealed class MigrateCourseVideosHandler(
    Permissions permissions, IVideoRepository videos, ICourseVideoRepository courseVideos, ICourseRepository courses, MigrationCheckpoints checkpoints)
{
    public async Task<Result<MigrationReport>> HandleAsync(bool dryRun, CancellationToken ct)
    {
        if (permissions.ToAdminister("run the migration") is { IsSuccess: false } refused)
        {
            return refused.Refused<MigrationReport>();
        }

        List<string> moved = [], alreadyPresent = [], conflicts = [];
        List<MigrationOrphan> orphans = [];
        var courseExists = new Dictionary<int, bool>();

        foreach (var legacy in await videos.ListWithCourseAsync(ct))
        {
            var courseId = legacy.CourseId!.Value;
            if (!courseExists.TryGetValue(courseId, out var exists))
            {
                courseExists[courseId] = exists = await courses.ExistsAsync(courseId, ct);
            }

            if (!exists)
            {
                orphans.Add(new MigrationOrphan(legacy.Hash, courseId));
                continue;
            }

            var current = await courseVideos.GetByHashAsync(legacy.Hash, ct);
            if (current is null && !dryRun)
            {
                switch (await courseVideos.TryAddAsync(CourseVideo.MovedFrom(legacy), ct))
                {
                    case AddCourseVideoOutcome.CourseMissing:
                        orphans.Add(new MigrationOrphan(legacy.Hash, courseId)); // deleted while we ran
                        continue;
                    case AddCourseVideoOutcome.HashTaken:
                        current = await courseVideos.GetByHashAsync(legacy.Hash, ct); // written meanwhile: judge it below
                        break;
                    default:
                        await checkpoints.ReachedAsync(MigrationStep.Copied, legacy.Hash, ct);
                        await RemoveAsync(legacy, ct);
                        moved.Add(legacy.Hash);
                        continue;
                }
            }

            if (current is null)
            {
                moved.Add(legacy.Hash); // dry run
            }
            else if (current.IsSameAs(legacy))
            {
                if (!dryRun)
                {
                    await RemoveAsync(legacy, ct);
                }

                alreadyPresent.Add(legacy.Hash);
            }
            else
            {
                conflicts.Add(legacy.Hash);
            }
        }

        return new MigrationReport(dryRun, moved, alreadyPresent, orphans, conflicts);
    }

    private async Task RemoveAsync(Domain.Videos.Video legacy, CancellationToken ct)
    {
        videos.Remove(legacy);
        await videos.SaveChangesAsync(ct);
        await checkpoints.ReachedAsync(MigrationStep.Removed, legacy.Hash, ct);
    }
}
