using System.Security.Cryptography;

namespace VideoPlatform.Domain.Uploads;

/// <summary>
/// 128 random bits as 32 lower-case hex digits. It names the staging folder and becomes the video's
/// hash, so it is parsed strictly: anything else never reaches a file path.
/// </summary>
public static class UploadId
{
    public const int Length = 32;

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Length / 2));

    public static bool IsValid(string? value) =>
        value is { Length: Length } && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
