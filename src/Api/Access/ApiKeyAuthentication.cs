using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace VideoPlatform.Api.Access;

/// <summary>
/// Authenticates a request that carries <c>X-Api-Key</c> against the configured key hashes. Every entry is
/// compared, in constant time, whatever matched first: how long the check takes says nothing about the key.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions, IOptionsMonitor<AccessOptions> access, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    /// <summary>Keys are random strings of a few dozen characters; anything far longer is not one, and is not hashed.</summary>
    public const int MaxKeyLength = 256;

    public const string IdPrefix = "api-key:";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return Fail($"Send exactly one {Header} header with the key.");
        }

        var key = values[0]!;
        if (key.Length > MaxKeyLength)
        {
            return Fail($"The {Header} value is longer than any key this service issues ({MaxKeyLength} characters).");
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        ApiKeyEntry? match = null;
        foreach (var entry in access.CurrentValue.ApiKeys)
        {
            var stored = Decode(entry.Hash);
            if (CryptographicOperations.FixedTimeEquals(presented, stored))
            {
                match = entry;
            }
        }

        if (match is null)
        {
            return Fail($"The {Header} is not a key this service knows.");
        }

        if (match.Revoked)
        {
            Logger.LogWarning("Revoked API key {Name} was used", match.Name);
            return Fail($"The {Header} was revoked; ask for a new key.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(AccessClaims.Subject, IdPrefix + match.Name), new Claim(AccessClaims.Name, match.Name), new Claim(AccessClaims.Role, match.Role)],
            SchemeName, AccessClaims.Name, AccessClaims.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    private static Task<AuthenticateResult> Fail(string reason) => Task.FromResult(AuthenticateResult.Fail(reason));

    /// <summary>The configured hex hash as bytes; a malformed one matches nothing (and is reported at start).</summary>
    private static byte[] Decode(string hex)
    {
        try
        {
            return hex.Length == 64 ? Convert.FromHexString(hex) : [];
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
