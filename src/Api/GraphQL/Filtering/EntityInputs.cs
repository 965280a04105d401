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
    }
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
