namespace VideoPlatform.Application.Access;

/// <summary>The roles a caller can hold. They come from the <c>role</c> claim of a token or an API key's entry.</summary>
public static class Roles
{
    /// <summary>May do everything.</summary>
    public const string Admin = "admin";

    /// <summary>May create courses, and change, fill and upload to the courses they own.</summary>
    public const string Instructor = "instructor";
}

/// <summary>
/// Who is making the call. Each front door says it in its own terms (the HTTP one from a bearer token or
/// an API key; the command line as the operator who runs it); use cases only ask these two questions.
/// </summary>
public interface ICaller
{
    /// <summary>A stable id for the caller (a token's <c>sub</c>, <c>api-key:{name}</c> for a key); null when anonymous.</summary>
    string? Id { get; }

    bool IsInRole(string role);
}
