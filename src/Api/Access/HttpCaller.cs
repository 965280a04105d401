using Microsoft.Extensions.Options;
using VideoPlatform.Application.Access;

namespace VideoPlatform.Api.Access;

/// <summary>
/// The caller of the current HTTP request, as authentication left it. In the open mode
/// (<see cref="AccessOptions.AllowAnonymousWrites"/>) a caller without credentials may do what an admin may.
/// </summary>
internal sealed class HttpCaller(IHttpContextAccessor http, IOptionsMonitor<AccessOptions> options) : ICaller
{
    public string? Id => User is { Identity.IsAuthenticated: true } user ? user.FindFirst(AccessClaims.Subject)?.Value : null;

    /// <summary>Credentials that were sent but did not verify never fall back to the open mode.</summary>
    public bool IsInRole(string role) => User is { Identity.IsAuthenticated: true } user
        ? user.IsInRole(role)
        : role == Roles.Admin && options.CurrentValue.AllowAnonymousWrites && http.HttpContext is { } context && !Credentials.Sent(context.Request);

    private System.Security.Claims.ClaimsPrincipal? User => http.HttpContext?.User;
}

/// <summary>The operator running a command on the server (the migration): it has the machine, so it is an admin.</summary>
internal sealed class CommandLineOperator : ICaller
{
    public string? Id => "command-line";

    public bool IsInRole(string role) => role == Roles.Admin;
}
