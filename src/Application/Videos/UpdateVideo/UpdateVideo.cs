using Ardalis.Result;
using MapsterMapper;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Application.Validation;
using VideoPlatform.Application.Videos.GetVideo;

namespace VideoPlatform.Application.Videos.UpdateVideo;

public sealed class UpdateVideoHandler(IVideoRepository videos, IMapper mapper)
{
    public async Task<Result<VideoDto>> HandleAsync(string hash, VideoFields input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        input.Validate(errors);
        if (errors.Any)
        {
            return errors.ToInvalid<VideoDto>();
        }

        var video = await videos.GetByHashAsync(hash, ct);
        if (video is null)
        {
            return Result<VideoDto>.NotFound(GetVideoHandler.NotFoundMessage);
        }

        video.Apply(input.ToChanges());
        if (input.CourseId is not null)
        {
            video.MoveToCourse(input.CourseId);
        }

        await videos.SaveChangesAsync(ct);
        return mapper.Map<VideoDto>(video);
    }
}
