using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application.Uploads;

/// <summary>An upload folder found in staging, with its session when it could be read.</summary>
public sealed record StagedUpload(string UploadId, UploadSession? Session, DateTime LastWriteUtc);
