namespace VideoPlatform.Application.Uploads;

/// <summary>The whole file, in place and flushed to disk, ready to check and publish.</summary>
public sealed record AssembledFile(long Size, string Sha256);
