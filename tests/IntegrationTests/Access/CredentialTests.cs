using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Access;

/// <summary>What counts as credentials: tokens that verify, API keys that are configured and not revoked.</summary>
public sealed class CredentialTests : ApiTest
{
    private const string ScriptKey = "vp_script_9b0c1d2e3f405162738495a6b7c8d9e0";
    private const string RevokedKey = "vp_revoked_00112233445566778899aabbccddeeff";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:ApiKeys:0:Name"] = "nightly-import",
        ["Auth:ApiKeys:0:Role"] = "admin",
        ["Auth:ApiKeys:0:Hash"] = Sha256(ScriptKey),
        ["Auth:ApiKeys:1:Name"] = "old-transcoder",
        ["Auth:ApiKeys:1:Role"] = "admin",
        ["Auth:ApiKeys:1:Hash"] = Sha256(RevokedKey),
        ["Auth:ApiKeys:1:Revoked"] = "true",
    };

    [Fact]
    public async Task A_configured_api_key_writes_with_its_role()
    {
        using var script = KeyClient(ScriptKey);

        var created = await script.PostAsJsonAsync("/categories", new { name = "Imported" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Theory]
    [InlineData("vp_wrong_key", "not a key this service knows")]
    [InlineData(RevokedKey, "was revoked")]
    public async Task An_unknown_or_revoked_api_key_is_refused(string key, string reason)
    {
        using var script = KeyClient(key);

        var problem = await (await script.PostAsJsonAsync("/categories", new { name = "Imported" })).ProblemAsync(401);

        Assert.Contains(reason, (string)problem["detail"]!);
        Assert.Empty((await Client.GetJsonAsync("/categories")).AsArray());
    }

    [Fact]
    public async Task An_api_key_longer_than_any_issued_is_refused_without_hashing_it()
    {
        using var script = KeyClient(new string('k', 100_000));

        var problem = await (await script.DeleteAsync("/categories/1")).ProblemAsync(401);

        Assert.Contains("longer than any key", (string)problem["detail"]!);
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "expired", TestTokens.Mint("admin-1", "admin", expires: DateTime.UtcNow.AddMinutes(-10)) },
        { "another audience", TestTokens.Mint("admin-1", "admin", audience: "someone-else") },
        { "another issuer", TestTokens.Mint("admin-1", "admin", issuer: "https://evil.example") },
        { "forged", TestTokens.Mint("admin-1", "admin", key: RandomNumberGenerator.GetBytes(32)) },
        { "no subject", TestTokens.Mint(null, "admin") },
        { "not a token", "abc.def.ghi" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_token_that_does_not_verify_is_refused_with_the_reason(string kind, string token)
    {
        using var client = Factory.ClientWith(token);

        var response = await client.PostAsJsonAsync("/api/courses", new { title = "Sneaky" });

        var problem = await response.ProblemAsync(401);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]), kind);
        Assert.Equal(0, (int)(await Client.GetJsonAsync("/api/courses"))["pagination"]!["total_count"]!);
    }

    [Fact]
    public async Task The_reason_names_an_expired_token()
    {
        using var client = Factory.ClientWith(TestTokens.Mint("admin-1", "admin", expires: DateTime.UtcNow.AddMinutes(-10)));

        var problem = await (await client.PostAsJsonAsync("/api/courses", new { title = "Late" })).ProblemAsync(401);

        Assert.Contains("expired", (string)problem["detail"]!);
    }

    [Fact]
    public async Task A_bad_token_on_a_read_is_a_read_without_credentials()
    {
        using var client = Factory.ClientWith(TestTokens.Mint("admin-1", "admin", expires: DateTime.UtcNow.AddMinutes(-10)));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/courses")).StatusCode);
    }

    private HttpClient KeyClient(string key)
    {
        var client = Factory.ClientWith(null);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
