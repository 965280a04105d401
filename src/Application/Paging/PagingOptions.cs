namespace VideoPlatform.Application.Paging;

/// <summary>Page sizes (configuration section "Paging").</summary>
public sealed class PagingOptions
{
    public const string Section = "Paging";

    /// <summary>Cursor windows (GraphQL connections): the size when a client asks for none.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Cursor windows: the largest <c>first</c> or <c>last</c>.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Numbered pages: the deepest page number; beyond it nobody pages by number.</summary>
    public int MaxPageNumber { get; set; } = 1_000_000;
}
