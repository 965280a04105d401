namespace VideoPlatform.Api.GraphQL;

/// <summary>GraphQL limits and the IDE switch (configuration section "GraphQL").</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Serve Banana Cake Pop on a browser GET of /graphql.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>Deepest selection nesting a query may have (introspection is exempt).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest complexity score a query may have; lists count as their page size, or as
    /// <see cref="ExpectedListSize"/> when they have none.</summary>
    public int MaxComplexity { get; set; } = 20_000;

    /// <summary>How many items an unpaged list (e.g. <c>Course.videos</c>) is expected to hold, for the complexity score.</summary>
    public int ExpectedListSize { get; set; } = 100;

    /// <summary>Most fields a document may select, fragments counted as often as they are spread.</summary>
    public int MaxFields { get; set; } = 1000;

    /// <summary>Most aliases a document may use.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>Most operations and fragments one document may define.</summary>
    public int MaxOperations { get; set; } = 20;

    public int MaxFragments { get; set; } = 50;

    /// <summary>Deepest nesting the parser accepts (selections, values, lists in lists); deeper is refused unparsed.</summary>
    public int MaxNesting { get; set; } = 64;

    /// <summary>Largest request body accepted.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Largest response written; a larger one is replaced by an error that says so.</summary>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Operations one request may carry as a JSON array (request batching).</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Characters of persisted queries one instance keeps; the least recently used go first.</summary>
    public long MaxPersistedQueryChars { get; set; } = 8 * 1024 * 1024;

    /// <summary>Operations registered at build time, one <c>{id}.graphql</c> file each; default <c>graphql-operations</c> beside the binary.</summary>
    public string? OperationsFolder { get; set; }

    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
