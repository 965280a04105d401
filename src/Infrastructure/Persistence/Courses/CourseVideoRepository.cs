using Microsoft.EntityFrameworkCore;
using VideoPlatform.Application.CourseVideos;
using VideoPlatform.Application.Querying;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Infrastructure.Persistence.Courses;

internal sealed class CourseVideoRepository(CoursesDbContext db) : ICourseVideoRepository
{
    public Task<CourseVideo?> GetByHashAsync(string hash, CancellationToken ct) =>
        db.CourseVideos.FirstOrDefaultAsync(v => v.Hash == hash, ct);

    public async Task<IReadOnlyList<CourseVideo>> ListByCoursesAsync(IReadOnlyCollection<int> courseIds, CancellationToken ct) =>
        await db.CourseVideos.AsNoTracking().Where(v => courseIds.Contains(v.CourseId)).ToListAsync(ct);

    public NullsSortAs Nulls => db.NullsSortAs();

    public async Task<IReadOnlyList<CourseVideo>> QueryAsync(QueryShape<CourseVideo> shape, int skip, int take, CancellationToken ct) =>
        await db.CourseVideos.AsNoTracking().Window(shape, db, skip, take).ToListAsync(ct);

    public Task<int> CountAsync(QueryShape<CourseVideo> shape, CancellationToken ct) => shape.Apply(db.CourseVideos, db).CountAsync(ct);

    public async Task<AddCourseVideoOutcome> TryAddAsync(CourseVideo video, CancellationToken ct)
    {
        db.CourseVideos.Add(video);
        try
        {
            await db.SaveChangesAsync(ct);
            return AddCourseVideoOutcome.Added;
        }
        catch (DbUpdateException e) when (DbConstraint.IsUniqueViolation(e) || DbConstraint.IsForeignKeyViolation(e))
        {
            db.Entry(video).State = EntityState.Detached;
            return DbConstraint.IsUniqueViolation(e) ? AddCourseVideoOutcome.HashTaken : AddCourseVideoOutcome.CourseMissing;
        }
    }

    public void Remove(CourseVideo video) => db.CourseVideos.Remove(video);

    public Task SaveChangesAsync(CancellationToken ct) => db.SaveClientChangesAsync(ct);
}
