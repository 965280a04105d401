using Ardalis.Result;
using VideoPlatform.Application.Access;
using MapsterMapper;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Metadata;

namespace VideoPlatform.Application.Videos.UpdateVideo;

public sealed class UpdateVideoHandler(Permissions permissions, IVideoRepository videos, MediaWakeup wakeup, IMapper mapper)
{
    public async Task<Result<VideoDto>> HandleAsync(string hash, VideoUpdate input, CancellationToken ct)
    {
        var errors = input.Check();
        if (errors.Any)
        {
            return errors.ToInvalid<VideoDto>();
        }

        var video = await videos.GetByHashAsync(hash, ct);
        if (video is null)
        {
            return Result<VideoDto>.NotFound(VideoErrors.NotFound);
        }

        if (permissions.ToAdminister("change admin videos") is { IsSuccess: false } refused)
        {
            return refused.Refused<VideoDto>();
        }

        video.Apply(input);
        if (input.CourseId is not null)
        {
            video.MoveToCourse(input.CourseId);
        }

        await videos.SaveChangesAsync(ct);
        if (video.AwaitsProcessing)
        {
            wakeup.Signal(); // resumed, or sent back to pending
        }

        return mapper.Map<VideoDto>(video);
    }
}
