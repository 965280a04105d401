using Microsoft.EntityFrameworkCore;
using VideoPlatform.Application.Querying;
using VideoPlatform.Application.Videos;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Infrastructure.Persistence.Videos;

internal sealed class VideoRepository(VideosDbContext db) : IVideoRepository
{
    public Task<Video?> GetByHashAsync(string hash, CancellationToken ct) =>
        db.Videos.FirstOrDefaultAsync(v => v.Hash == hash, ct);

    public async Task<IReadOnlyList<Video>> ListByCoursesAsync(IReadOnlyCollection<int> courseIds, CancellationToken ct) =>
        await db.Videos.AsNoTracking().Where(v => v.CourseId != null && courseIds.Contains(v.CourseId.Value)).ToListAsync(ct);

    public NullsSortAs Nulls => db.NullsSortAs();

    public async Task<IReadOnlyList<Video>> QueryAsync(QueryShape<Video> shape, int skip, int take, CancellationToken ct) =>
        await db.Videos.AsNoTracking().Window(shape, db, skip, take).ToListAsync(ct);

    public Task<int> CountAsync(QueryShape<Video> shape, CancellationToken ct) => shape.Apply(db.Videos, db).CountAsync(ct);

    public async Task<IReadOnlyList<Video>> ListWithCourseAsync(CancellationToken ct) =>
        await db.Videos.Where(v => v.CourseId != null).OrderBy(v => v.Id).ToListAsync(ct);

    public async Task<bool> TryAddAsync(Video video, CancellationToken ct)
    {
        db.Videos.Add(video);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (DbConstraint.IsUniqueViolation(e))
        {
            db.Entry(video).State = EntityState.Detached;
            return false;
        }
    }

    public void Remove(Video video) => db.Videos.Remove(video);

    public Task SaveChangesAsync(CancellationToken ct) => db.SaveClientChangesAsync(ct);
}
