using VideoPlatform.Application.Access;

namespace VideoPlatform.UnitTests.Fakes;

/// <summary>A caller with a fixed id and roles.</summary>
public sealed class FakeCaller(string? id, params string[] roles) : ICaller
{
    public static FakeCaller Admin { get; } = new("admin-1", Roles.Admin);

    public static FakeCaller Anonymous { get; } = new(null);

    public string? Id { get; } = id;

    public bool IsInRole(string role) => roles.Contains(role);
}
