namespace VideoPlatform.Infrastructure.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Where originals and staged uploads live; relative paths are from the working directory.</summary>
    public string Root { get; set; } = "data";

    public string FullRoot => Path.GetFullPath(Root);
}
