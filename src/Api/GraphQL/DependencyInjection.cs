using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using VideoPlatform.Api.GraphQL.Batching;

namespace VideoPlatform.Api.GraphQL;

public static class DependencyInjection
{
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLOptions>().Bind(configuration.GetSection(GraphQLOptions.Section));
        services.AddScoped<RequestLoaders>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<PersistedQueries>();
        services.AddSingleton(provider => new ComplexityValidationRule(Complexity(provider.GetRequiredService<IOptions<GraphQLOptions>>().Value)));
        services.AddGraphQL(graphql => graphql
            .AddSchema<AppSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(AppSchema).Assembly)
            // One DbContext per request is not thread-safe: resolve fields one at a time, and batch instead.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddErrorInfoProvider(new Errors.HotChocolateErrorInfoProvider())
            .AddUnhandledExceptionHandler((context, execution) =>
            {
                // Also for failures outside any field (no field context): the request's services come with the options.
                var traceId = execution.UserContext.TryGetValue(GraphQLEndpoint.TraceIdKey, out var id) ? id as string : null;
                (context.Context?.RequestServices ?? execution.RequestServices)?.GetService<ILoggerFactory>()?.CreateLogger("VideoPlatform.GraphQL")
                    .LogError(context.OriginalException, "Unhandled exception in GraphQL operation {Operation}, field {Field}, trace {TraceId}",
                        context.Context?.Operation?.Name?.StringValue ?? execution.OperationName ?? "(anonymous)",
                        context.FieldContext?.FieldDefinition.Name ?? "(none)", traceId);
                context.Exception = new ExecutionError($"An unexpected error occurred. It has been logged with trace id {traceId}; try again later.")
                {
                    Code = "INTERNAL_SERVER_ERROR",
                };
                return Task.CompletedTask;
            }));
        return services;
    }

    /// <summary>
    /// Depth and complexity limits. A list counts as its page size (<c>first</c>/<c>last</c>), or as the
    /// expected size of an unpaged list (<c>Course.videos</c>). Introspection (the IDE reading the schema) is
    /// deep by nature and its size is the schema's, which is fixed: it is exempt from these two limits, not
    /// from the field and alias bounds every document meets first (<see cref="DocumentLimits"/>) nor from the
    /// response size limit.
    /// </summary>
    private static ComplexityOptions Complexity(GraphQLOptions limits) => new()
    {
        MaxDepth = limits.MaxDepth,
        MaxComplexity = limits.MaxComplexity,
        DefaultListImpactMultiplier = limits.ExpectedListSize,
        ValidateComplexityDelegate = context =>
        {
            if (context.ValidationContext.Operation is { } operation && IsIntrospection(operation))
            {
                context.Error = null;
            }

            return Task.CompletedTask;
        },
    };

    private static bool IsIntrospection(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
