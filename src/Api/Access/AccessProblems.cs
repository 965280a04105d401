using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.IdentityModel.Tokens;
using VideoPlatform.Application.Access;

namespace VideoPlatform.Api.Access;

/// <summary>
/// Turns the authorization middleware's refusals into problem documents: 401 (with the scheme's
/// <c>WWW-Authenticate</c>) says what to send, or why the token sent was refused; 403 says what was missing.
/// </summary>
internal sealed class AccessProblems(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded)
        {
            await next(context);
            return;
        }

        await _default.HandleAsync(next, context, policy, result); // the challenge or forbid of the scheme: status and headers
        if (context.Response.HasStarted)
        {
            return;
        }

        var detail = result.Challenged
            ? await WhyNotAuthenticatedAsync(context)
            : result.AuthorizationFailure?.FailureReasons.FirstOrDefault()?.Message ?? "You may not make this call.";
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = context.Response.StatusCode, Detail = detail },
        });
    }

    /// <summary>
    /// Why the credentials sent (if any) were refused, in words a person can act on. The handler keeps its
    /// result for the request, so asking again costs nothing (the middleware keeps only successes).
    /// </summary>
    public static async Task<string> WhyNotAuthenticatedAsync(HttpContext context) =>
        (await context.AuthenticateAsync()).Failure switch
        {
            null => Permissions.SignInFirst,
            SecurityTokenExpiredException e => $"The bearer token expired at {e.Expires:u}; get a new one.",
            SecurityTokenNotYetValidException e => $"The bearer token is not valid before {e.NotBefore:u}.",
            SecurityTokenInvalidAudienceException => "The bearer token was issued for another audience, not this service.",
            SecurityTokenInvalidIssuerException => "The bearer token comes from an issuer this service does not trust.",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
                "The bearer token's signature does not verify with this service's keys.",
            SecurityTokenException => "The bearer token could not be validated; get a new one.",
            { } failure => failure.Message, // the API key handler's own reasons
        };
}
