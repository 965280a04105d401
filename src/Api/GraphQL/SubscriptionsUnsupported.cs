using GraphQL.Validation;
using GraphQLParser.AST;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// A <c>subscription</c> operation is refused while the document is validated, with HotChocolate's message for
/// a schema without a subscription type: the schema has none, and executing one would fail with an error
/// the client cannot act on.
/// </summary>
public sealed class SubscriptionsUnsupported : ValidationRuleBase
{
    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, context) =>
    {
        if (operation.Operation == OperationType.Subscription && context.Schema.Subscription is null)
        {
            context.ReportError(new ValidationError(context.Document.Source, null,
                "This GraphQL schema does not support `Subscription` operations.", operation)
            {
                Code = "SUBSCRIPTIONS_NOT_SUPPORTED",
            });
        }
    });

    public static SubscriptionsUnsupported Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);
}
