namespace VideoPlatform.Api.Http;

/// <summary>The old services' small answers to a write.</summary>
public sealed record StatusResponse(string Status);

public sealed record MessageResponse(string Message);
