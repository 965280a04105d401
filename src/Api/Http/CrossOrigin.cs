using Microsoft.AspNetCore.Cors.Infrastructure;
using VideoPlatform.Api.Uploads.Tus;

namespace VideoPlatform.Api.Http;

/// <summary>Which browser origins may call the API (configuration section "Cors").</summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";

    /// <summary>The deployed frontend's origins, as the old gateway allowed them; <c>*</c> allows any origin, without credentials.</summary>
    public string[] AllowedOrigins { get; set; } = ["http://localhost:3000", "http://localhost:4000"];
}

/// <summary>
/// The admin pages and the course wizard call the API straight from the browser, so every route answers
/// CORS: preflights (204) name the methods and the headers clients send (a token, an API key, a JSON
/// body, tus's headers), listed origins may send credentials, and a configured <c>*</c> lets any origin in without them.
/// </summary>
internal static class CrossOrigin
{
    public static readonly string[] RequestHeaders = ["Content-Type", "Authorization", "X-Api-Key", .. TusHeaders.RequestHeaders];

    public static readonly string[] ResponseHeaders = ["Location", "Retry-After", "WWW-Authenticate", .. TusHeaders.ResponseHeaders];

    public static IServiceCollection AddCrossOrigin(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(CorsOptions.Section).Get<CorsOptions>()?.AllowedOrigins ?? new CorsOptions().AllowedOrigins;
        return services.AddCors(cors => cors.AddDefaultPolicy(policy => Configure(policy, origins)));
    }

    private static void Configure(CorsPolicyBuilder policy, IReadOnlyCollection<string> origins)
    {
        policy.WithMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(ResponseHeaders)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        if (origins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins([.. origins.Select(o => o.TrimEnd('/'))]).AllowCredentials();
        }
    }
}
