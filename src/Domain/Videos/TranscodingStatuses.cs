namespace VideoPlatform.Domain.Videos;

/// <summary>The states the downstream transcoder reports; anything else is refused.</summary>
public static class TranscodingStatuses
{
    public const string Pending = "pending";
    public const string Transcoding = "transcoding";
    public const string Completed = "completed";
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [Pending, Transcoding, Completed, Failed];

    public static bool IsValid(string value) => All.Contains(value, StringComparer.Ordinal);
}
