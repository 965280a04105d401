namespace VideoPlatform.Infrastructure.Storage.Uploads;

/// <summary>The record of an accepted chunk: its size, its SHA-256 when the client sent one to check, and
/// whether its bytes wait in the spill folder rather than in place.</summary>
internal sealed record ChunkRecord(int Index, long Size, string? Sha256, bool Spilled);
