using GraphQL.Types;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.Api.GraphQL.Filtering;

/// <summary>
/// <c>{Type}FilterInput</c>: <c>and</c>, <c>or</c>, and one operation input per field of the entity's
/// queryable fields, the same list the database query is built from.
/// </summary>
public abstract class FilterInputGraphType<TSelf, TEntity> : InputObjectGraphType where TSelf : IInputObjectGraphType
{
    protected FilterInputGraphType(string typeName, QueryableFields<TEntity> fields)
    {
        Name = $"{typeName}FilterInput";
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or");
        foreach (var field in fields.All)
        {
            AddField(new FieldType
            {
                Name = GraphQLNames.Of(field.Name),
                Type = field.Kind switch
                {
                    FieldKind.String => typeof(StringOperationFilterInputGraphType),
                    FieldKind.Int => typeof(IntOperationFilterInputGraphType),
                    FieldKind.Float => typeof(FloatOperationFilterInputGraphType),
                    FieldKind.Boolean => typeof(BooleanOperationFilterInputGraphType),
                    FieldKind.DateTime => typeof(DateTimeOperationFilterInputGraphType),
                    _ => throw new InvalidOperationException($"No filter input for {field.Kind}."),
                },
            });
        }

        // As HotChocolate infers from a navigation property: one related row is filtered by its own filter
        // input, many by ListFilterInputTypeOf… (some/all/none/any).
        foreach (var relation in fields.Relations)
        {
            var target = FilterInputs.Of(relation.Target);
            AddField(new FieldType
            {
                Name = GraphQLNames.Of(relation.Name),
                Type = relation.IsList ? typeof(ListFilterInputGraphType<>).MakeGenericType(target) : target,
            });
        }
    }
}

/// <summary>HotChocolate's <c>ListFilterInputTypeOf{Type}FilterInput</c>: a condition on many related rows; no and/or, as there.</summary>
public sealed class ListFilterInputGraphType<TFilter> : InputObjectGraphType where TFilter : IInputObjectGraphType
{
    public ListFilterInputGraphType()
    {
        Name = $"ListFilterInputTypeOf{typeof(TFilter).Name.Replace("GraphType", string.Empty, StringComparison.Ordinal)}";
        Field<TFilter>("all");
        Field<TFilter>("none");
        Field<TFilter>("some");
        Field<BooleanGraphType>("any");
    }
}

/// <summary>Which filter input graph type filters an entity: the one class deriving <see cref="FilterInputGraphType{TSelf, TEntity}"/> for it.</summary>
internal static class FilterInputs
{
    private static readonly Lazy<Dictionary<Type, Type>> ByEntity = new(() => typeof(FilterInputs).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(FilterInputGraphType<,>))
        .ToDictionary(t => t.BaseType!.GetGenericArguments()[1]));

    public static Type Of(Type entity) =>
        ByEntity.Value.TryGetValue(entity, out var type) ? type : throw new InvalidOperationException($"No filter input type filters {entity.Name}.");
}

/// <summary><c>{Type}SortInput</c>: one <c>SortEnumType</c> per sortable field.</summary>
public abstract class SortInputGraphType<TEntity> : InputObjectGraphType
{
    protected SortInputGraphType(string typeName, QueryableFields<TEntity> fields)
    {
        Name = $"{typeName}SortInput";
        foreach (var field in fields.All)
        {
            Field<SortEnumGraphType>(GraphQLNames.Of(field.Name));
        }
    }
}
