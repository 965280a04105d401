using VideoPlatform.Api.Access;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace VideoPlatform.Api.GraphQL.Errors;

/// <summary>What a mutation answers: the entity, or the typed errors that stopped it (then no entity).</summary>
public sealed record Payload(object? Entity, IReadOnlyList<object>? Errors)
{
    public static Payload Of(object? entity) => new(entity, null);

    public static Payload Failed(IReadOnlyList<object> errors) => new(null, errors);
}

/// <summary>
/// Adds a mutation in HotChocolate's mutation-convention shape:
/// <c>name(input: NameInput!): NamePayload!</c>, where the payload holds the entity and
/// <c>errors: [NameError!]</c>, a union of the typed errors the mutation can report. The use case's
/// handler is injected from the request's services. Every mutation is a write: it answers to a door policy
/// (<see cref="AccessPolicies"/>) and takes a write permit (<see cref="FieldAccess"/>).
/// </summary>
public static class MutationField
{
    public static void Add<TInput, TEntity, THandler>(
        ObjectGraphType root, string name, string entityField, Type[] errorTypes,
        Func<THandler, IDictionary<string, object?>, CancellationToken, Task<Payload>> resolve,
        string? description = null, string policy = AccessPolicies.Author)
        where TInput : IInputObjectGraphType
        where TEntity : IGraphType
        where THandler : notnull
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        var errors = new UnionGraphType { Name = $"{prefix}Error" };
        foreach (var type in errorTypes)
        {
            errors.Type(type);
        }

        var payload = new ObjectGraphType<Payload> { Name = $"{prefix}Payload" };
        payload.AddField(new FieldType
        {
            Name = entityField,
            Type = typeof(TEntity),
            Resolver = new FuncFieldResolver<Payload, object?>(c => c.Source.Entity),
        });
        payload.AddField(new FieldType
        {
            Name = "errors",
            ResolvedType = new ListGraphType(new NonNullGraphType(errors)),
            Resolver = new FuncFieldResolver<Payload, object?>(c => c.Source.Errors),
        });

        root.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(payload),
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<TInput>> { Name = "input" }),
            Resolver = new FuncFieldResolver<object?>(async c =>
            {
                await FieldAccess.DemandWriteAsync(c, policy);
                return await resolve(c.RequestServices!.GetRequiredService<THandler>(), c.GetArgument<Dictionary<string, object?>>("input"), c.CancellationToken);
            }),
        }.AuthorizeWithPolicy(policy));
    }
}
