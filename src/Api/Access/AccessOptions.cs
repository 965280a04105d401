namespace VideoPlatform.Api.Access;

/// <summary>The <c>Auth</c> section: API keys for scripts and services, and the open mode for the transition.</summary>
public sealed class AccessOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// The old, open behaviour: a caller without credentials may write as an admin would. For a site whose
    /// deployed frontend does not send tokens yet; off by default, and the service warns at start while it is on.
    /// Credentials that are sent are still checked, and their roles apply.
    /// </summary>
    public bool AllowAnonymousWrites { get; set; }

    /// <summary>Keys that scripts and services send as <c>X-Api-Key</c>.</summary>
    public List<ApiKeyEntry> ApiKeys { get; set; } = [];
}

/// <summary>
/// One API key: who it is (<see cref="Name"/>, which becomes the caller's id <c>api-key:{name}</c>), its role,
/// and the SHA-256 of the key in hex. The key itself is never stored; remove the entry (or set
/// <see cref="Revoked"/>) to turn the key off, and the running service stops taking it at the next request.
/// </summary>
public sealed class ApiKeyEntry
{
    public string Name { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    public bool Revoked { get; set; }
}
