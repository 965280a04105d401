namespace VideoPlatform.Api.Cli;

/// <summary>The commands the service binary runs instead of serving, by their first argument.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<IServiceProvider, string[], Task<int>>> Commands = new()
    {
        [MigrateCourseVideosCommand.Name] = MigrateCourseVideosCommand.RunAsync,
        [CopyDatabaseCommand.Name] = CopyDatabaseCommand.RunAsync,
    };

    /// <summary>The command <paramref name="args"/> asks for; null to serve.</summary>
    public static Func<IServiceProvider, string[], Task<int>>? Find(string[] args) =>
        args.Length > 0 && Commands.TryGetValue(args[0], out var command) ? command : null;
}
