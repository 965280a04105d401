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
        services.AddSingleton(provider =>
        {
            var limits = provider.GetRequiredService<IOptions<GraphQLOptions>>().Value;
            return new ComplexityValidationRule(new ComplexityOptions
            {
                MaxDepth = limits.MaxDepth,
                MaxComplexity = limits.MaxComplexity,
                ValidateComplexityDelegate = context =>
                {
                    // The IDE's introspection is deep by nature; it reads the schema, not data.
                    if (context.ValidationContext.Operation is { } operation && IsIntrospection(operation))
                    {
                        context.Error = null;
                    }

                    return Task.CompletedTask;
                },
            });
        });
        services.AddGraphQL(graphql => graphql
            .AddSchema<AppSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(AppSchema).Assembly)
            // One DbContext per request is not thread-safe: resolve fields one at a time, and batch instead.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddUnhandledExceptionHandler(context =>
            {
                context.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("VideoPlatform.GraphQL")
                    .LogError(context.OriginalException, "Unhandled exception in GraphQL field {Field}", context.FieldContext?.FieldDefinition.Name);
                context.Exception = new ExecutionError("An unexpected error occurred. It has been logged; try again later.")
                {
                    Code = "INTERNAL_SERVER_ERROR",
                };
                return Task.CompletedTask;
            }));
        return services;
    }

    private static bool IsIntrospection(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
