using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// <c>@specifiedBy(url:)</c> from the October 2021 specification, which graphql-dotnet 8 does not declare:
/// a custom scalar names the document that defines its format, as HotChocolate's <c>DateTime</c> does, so
/// generated clients and the IDE can map it to their own date type.
/// </summary>
public sealed class SpecifiedByDirective : Directive
{
    public const string DirectiveName = "specifiedBy";
    public const string UrlArgument = "url";

    public SpecifiedByDirective() : base(DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "The `@specifiedBy` directive is used within the type system definition language to provide a URL for specifying the behavior of custom scalar definitions.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = UrlArgument,
            Description = "The specifiedBy URL points to a human-readable specification. This field will only read a result for scalar types.",
        });
    }

    /// <summary>
    /// <c>__Type.specifiedByURL</c>, the same URL through introspection, which is how tools that read the schema
    /// (HotChocolate's and graphql-js's introspection queries) learn it; null for every type that names none.
    /// </summary>
    public static void AddUrlField(__Type introspectionType) => introspectionType.AddField(new FieldType
    {
        Name = "specifiedByURL",
        Type = typeof(StringGraphType),
        Resolver = new FuncFieldResolver<object?>(context =>
            context.Source is IGraphType type
                ? type.FindAppliedDirective(DirectiveName)?.FindArgument(UrlArgument)?.Value as string
                : null),
    });
}
