using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace VideoPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Tokens minted the way an identity provider (or <c>dotnet user-jwts</c>) would, signed with a key made for
/// this test run. <see cref="Settings"/> configures the service to trust it, in the standard
/// <c>Authentication:Schemes:Bearer</c> section.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "videoplatform-tests";
    public const string Audience = "videoplatform";

    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(Key),
    };

    /// <summary>An admin's token, which the test clients send unless a test says otherwise.</summary>
    public static string Admin { get; } = Mint("admin-1", "admin");

    public static string Instructor(string sub) => Mint(sub, "instructor");

    public static string Mint(string? sub, string? role, DateTime? expires = null, string audience = Audience, string issuer = Issuer, byte[]? key = null)
    {
        var claims = new Dictionary<string, object>();
        if (sub is not null)
        {
            claims["sub"] = sub;
            claims["name"] = sub;
        }

        if (role is not null)
        {
            claims["role"] = role;
        }

        var until = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = until.AddHours(-2),
            NotBefore = until.AddHours(-2),
            Expires = until,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? Key), SecurityAlgorithms.HmacSha256),
        });
    }
}
