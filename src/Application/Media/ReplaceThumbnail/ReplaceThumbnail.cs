using Ardalis.Result;
using VideoPlatform.Application.Access;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Media;

namespace VideoPlatform.Application.Media.ReplaceThumbnail;

/// <summary>Replaces a video's thumbnail with an image someone chose (JPEG, PNG or WebP, by its bytes).</summary>
public sealed class ReplaceThumbnailHandler(Permissions permissions, MediaLookup lookup, IMediaLibrary library)
{
    /// <summary>A thumbnail is a picture, not a poster print.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <param name="image">The image, seekable, at most <see cref="MaxBytes"/> long (the front door bounds it).</param>
    public async Task<Result<string>> HandleAsync(string hash, Stream image, CancellationToken ct)
    {
        var video = await lookup.FindAsync(hash, ct);
        if (video is null)
        {
            return Result<string>.NotFound(MediaLookup.NotFound);
        }

        if (await permissions.ToChangeAsync(video, ct) is { IsSuccess: false } refused)
        {
            return refused.Refused<string>();
        }

        var header = new byte[ImageFormat.HeaderLength];
        var read = await image.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        if (ImageFormat.Detect(header.AsSpan(0, read)) is not { } extension)
        {
            return FieldErrors.Invalid<string>("File", $"{FieldViolation.Placeholder} must be a JPEG, PNG or WebP image.", ErrorCodes.UnsupportedMediaType);
        }

        image.Position = 0;
        var filename = await library.SaveThumbnailAsync(MediaVideo.Of(video), image, extension, ct);
        video.SetThumbnail(filename);
        await lookup.SaveAsync(video, ct);
        return filename;
    }
}
