namespace VideoPlatform.Api.GraphQL;

/// <summary>GraphQL limits and the IDE switch (configuration section "GraphQL").</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Serve Banana Cake Pop on a browser GET of /graphql.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>Deepest selection nesting a query may have (introspection is exempt).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest complexity score a query may have (introspection is exempt).</summary>
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>Largest request body accepted.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
