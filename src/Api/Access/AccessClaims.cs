namespace VideoPlatform.Api.Access;

/// <summary>The claims the service reads, by their names in a JWT (inbound claim mapping is off).</summary>
public static class AccessClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
}

/// <summary>Whether a request carries credentials at all (good or bad): a bearer token or an API key.</summary>
public static class Credentials
{
    public static bool Sent(HttpRequest request) =>
        request.Headers.Authorization.Count > 0 || request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header);
}
