using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Access;

namespace VideoPlatform.Api.Access;

public static class AccessRegistration
{
    /// <summary>Picks the scheme by what the request carries: an API key, or (otherwise) a bearer token.</summary>
    private const string CredentialsScheme = "Credentials";

    /// <summary>
    /// Bearer tokens through ASP.NET Core's own JwtBearer handler, configured from the standard section
    /// <c>Authentication:Schemes:Bearer</c> (<c>ValidIssuer</c>, <c>ValidAudiences</c>, <c>SigningKeys</c> as
    /// <c>dotnet user-jwts</c> writes them, or <c>Authority</c> for an identity provider's keys); API keys from
    /// <c>Auth:ApiKeys</c>; the door policies; and the caller the use cases ask.
    /// </summary>
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.Section));
        services.AddAuthentication(CredentialsScheme)
            .AddPolicyScheme(CredentialsScheme, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            // Claims keep their JWT names: roles are the "role" claim, the caller is "sub".
            o.MapInboundClaims = false;
            o.TokenValidationParameters.RoleClaimType = AccessClaims.Role;
            o.TokenValidationParameters.NameClaimType = AccessClaims.Name;
            o.Events ??= new JwtBearerEvents();
            o.Events.OnTokenValidated = context =>
            {
                if (context.Principal?.FindFirst(AccessClaims.Subject) is null)
                {
                    context.Fail("The bearer token has no sub claim, so the service cannot tell whose courses are whose.");
                }

                return Task.CompletedTask;
            };
        });

        services.AddAuthorization(AccessPolicies.Add);
        services.AddSingleton<IAuthorizationHandler, RoleOrOpenHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessProblems>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICaller, HttpCaller>();
        return services;
    }

    /// <summary>The command line's caller: the operator who runs it.</summary>
    public static IServiceCollection AddCommandLineOperator(this IServiceCollection services) =>
        services.AddScoped<ICaller, CommandLineOperator>();

    /// <summary>ASP.NET Core's rate limiter, fed by <see cref="CallerRateLimits"/>.</summary>
    public static IServiceCollection AddCallerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<CallerRateLimits>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<CallerRateLimits>((o, limits) =>
        {
            o.GlobalLimiter = limits.Requests;
            o.OnRejected = CallerRateLimits.RejectAsync;
        });
        return services;
    }

    /// <summary>Says at start what an operator must know: the open mode, and API key entries that can never match.</summary>
    public static void ReportAccess(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<AccessOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("VideoPlatform.Access");
        if (options.AllowAnonymousWrites)
        {
            logger.LogWarning("Auth:AllowAnonymousWrites is on: anyone who can reach this service may change or delete anything. " +
                              "Turn it off once the frontend sends tokens.");
        }

        foreach (var key in options.ApiKeys.Where(k => k.Hash.Length != 64 || !k.Hash.All(char.IsAsciiHexDigit)))
        {
            logger.LogError("API key {Name} has a hash that is not 64 hex digits (a SHA-256); no key will match it", key.Name);
        }
    }
}
