using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using VideoPlatform.Application.Access;

namespace VideoPlatform.Api.Access;

/// <summary>
/// The door policies of write calls, in HotChocolate's <c>[Authorize(Policy = …)]</c> spirit: who may knock
/// at all. What a caller may touch (their own courses) is the use cases' to decide, through
/// <see cref="Permissions"/>; these policies turn away the rest before a body is read.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Instructors and admins: creating and changing courses, uploading.</summary>
    public const string Author = "author";

    /// <summary>Admins only: admin videos, categories, deleting courses, the service's own calls.</summary>
    public const string Admin = "admin";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Author, policy => policy.AddRequirements(new RoleOrOpenRequirement(Roles.Admin, Roles.Instructor)));
        options.AddPolicy(Admin, policy => policy.AddRequirements(new RoleOrOpenRequirement(Roles.Admin)));
    }
}

/// <summary>A caller in one of the roles; or, in the open mode, a caller who sent no credentials (bad ones are refused).</summary>
internal sealed record RoleOrOpenRequirement(params string[] Roles) : IAuthorizationRequirement;

internal sealed class RoleOrOpenHandler(IOptionsMonitor<AccessOptions> options) : AuthorizationHandler<RoleOrOpenRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleOrOpenRequirement requirement)
    {
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        var open = options.CurrentValue.AllowAnonymousWrites && context.Resource is HttpContext http && !Credentials.Sent(http.Request);
        if (signedIn ? requirement.Roles.Any(context.User.IsInRole) : open)
        {
            context.Succeed(requirement);
        }
        else if (signedIn)
        {
            context.Fail(new AuthorizationFailureReason(this, requirement.Roles.Length == 1
                ? $"This call needs the {requirement.Roles[0]} role."
                : $"This call needs one of the roles {string.Join(", ", requirement.Roles)}."));
        }

        return Task.CompletedTask;
    }
}
