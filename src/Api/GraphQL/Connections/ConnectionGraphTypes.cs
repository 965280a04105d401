using GraphQL.Types;

namespace VideoPlatform.Api.GraphQL.Connections;

/// <summary>HotChocolate's PageInfo.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field(x => x.HasNextPage).Description("Indicates whether more edges exist following the set defined by the clients arguments.");
        Field(x => x.HasPreviousPage).Description("Indicates whether more edges exist prior the set defined by the clients arguments.");
        Field(x => x.StartCursor, nullable: true).Description("When paginating backwards, the cursor to continue.");
        Field(x => x.EndCursor, nullable: true).Description("When paginating forwards, the cursor to continue.");
    }
}

/// <summary><c>{Field}Connection { pageInfo edges nodes totalCount }</c>, as HotChocolate names and shapes it.</summary>
public abstract class ConnectionGraphType<TNodeGraphType, TEdgeGraphType, T> : ObjectGraphType<Connection<T>>
    where TNodeGraphType : IGraphType
    where TEdgeGraphType : IGraphType
{
    protected ConnectionGraphType(string fieldName)
    {
        Name = $"{fieldName}Connection";
        Description = "A connection to a list of items.";
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<TEdgeGraphType>>>("edges").Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeGraphType>>>("nodes").Description("A flattened list of the nodes.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Identifies the total count of items in the connection.")
            .Resolve(c => c.Source.TotalCount);
    }
}

/// <summary><c>{Field}Edge { cursor node }</c>.</summary>
public abstract class EdgeGraphType<TNodeGraphType, T> : ObjectGraphType<Edge<T>>
    where TNodeGraphType : IGraphType
{
    protected EdgeGraphType(string fieldName)
    {
        Name = $"{fieldName}Edge";
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}
