using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Videos.UpsertVideo;

/// <summary>
/// Creates the admin video, or (same hash) updates the fields given. The admin page uploads first and
/// then posts title and description for the same hash, so a repeat is normal.
/// </summary>
public sealed class UpsertVideoHandler(Permissions permissions, IVideoRepository videos, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<VideoCreated>> HandleAsync(NewVideo input, CancellationToken ct)
    {
        if (permissions.ToAdminister("add admin videos") is { IsSuccess: false } refused)
        {
            return refused.Refused<VideoCreated>();
        }

        var errors = input.Check();
        if (errors.Any)
        {
            return errors.ToInvalid<VideoCreated>();
        }

        var existing = await videos.GetByHashAsync(input.Hash!, ct);
        if (existing is null)
        {
            var video = Video.Create(input.Hash!, input.Filename!, input, input.CourseId, clock.GetUtcNow().UtcDateTime);
            if (await videos.TryAddAsync(video, ct))
            {
                return new VideoCreated(mapper.Map<VideoDto>(video), IsNew: true);
            }

            // Another request created the same hash between our read and our insert: update that row.
            existing = await videos.GetByHashAsync(input.Hash!, ct)
                ?? throw new InvalidOperationException($"Video {input.Hash} was neither insertable nor readable.");
        }

        existing.Apply(input);
        existing.Rename(input.Filename!);
        if (input.CourseId is not null)
        {
            existing.MoveToCourse(input.CourseId);
        }

        await videos.SaveChangesAsync(ct);
        return new VideoCreated(mapper.Map<VideoDto>(existing), IsNew: false);
    }
}
