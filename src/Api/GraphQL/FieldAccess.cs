using System.Globalization;
using GraphQL;
using Microsoft.AspNetCore.Authorization;
using VideoPlatform.Api.Access;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// The door policies and write limits for GraphQL fields, the way HotChocolate's <c>[Authorize]</c> answers:
/// a refused field is a GraphQL error with code <see cref="NotAuthenticated"/> or <see cref="NotAuthorized"/>
/// (the rest of the document still runs), never a transport error.
/// </summary>
public static class FieldAccess
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>Throws the field's error unless the caller meets <paramref name="policy"/> and has a write permit left.</summary>
    public static async Task DemandWriteAsync(IResolveFieldContext context, string policy)
    {
        var services = context.RequestServices!;
        var http = services.GetRequiredService<IHttpContextAccessor>().HttpContext!;
        var outcome = await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, http, policy);
        if (!outcome.Succeeded)
        {
            throw http.User.Identity?.IsAuthenticated == true
                ? new ExecutionError(outcome.Failure?.FailureReasons.FirstOrDefault()?.Message ?? "You may not make this change.") { Code = NotAuthorized }
                : new ExecutionError(await AccessProblems.WhyNotAuthenticatedAsync(http)) { Code = NotAuthenticated };
        }

        if (services.GetRequiredService<CallerRateLimits>().TryWrite(http) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            throw new ExecutionError($"Too many changes from you in a short time; try again in {seconds} s.") { Code = RateLimited };
        }
    }
}
