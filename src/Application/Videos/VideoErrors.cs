namespace VideoPlatform.Application.Videos;

internal static class VideoErrors
{
    public const string NotFound = "Video not found";
}
