using System.Collections;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.Api.GraphQL.Filtering;

/// <summary>
/// The arguments of a list field (<c>first after last before where order</c>) and their reading into the
/// domain's filter language: GraphQL's camelCase field names become the domain's names here.
/// </summary>
public static class ListArguments
{
    private static readonly Dictionary<string, FilterOperator> Operators = new()
    {
        ["eq"] = FilterOperator.Eq, ["neq"] = FilterOperator.Neq, ["in"] = FilterOperator.In, ["nin"] = FilterOperator.Nin,
        ["contains"] = FilterOperator.Contains, ["ncontains"] = FilterOperator.NContains,
        ["startsWith"] = FilterOperator.StartsWith, ["nstartsWith"] = FilterOperator.NStartsWith,
        ["endsWith"] = FilterOperator.EndsWith, ["nendsWith"] = FilterOperator.NEndsWith,
        ["gt"] = FilterOperator.Gt, ["ngt"] = FilterOperator.Ngt, ["gte"] = FilterOperator.Gte, ["ngte"] = FilterOperator.Ngte,
        ["lt"] = FilterOperator.Lt, ["nlt"] = FilterOperator.Nlt, ["lte"] = FilterOperator.Lte, ["nlte"] = FilterOperator.Nlte,
    };

    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn, TFilter, TSort>(this FieldBuilder<TSource, TReturn> field)
        where TFilter : IInputObjectGraphType
        where TSort : IInputObjectGraphType =>
        field
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.")
            .Argument<TFilter>("where")
            .Argument<ListGraphType<NonNullGraphType<TSort>>>("order");

    /// <summary>The list query a connection field asks for; the total is counted only when it is selected.</summary>
    public static ListQuery Read<T>(IResolveFieldContext context, QueryableFields<T> fields) =>
        new(
            Raw(context, "where") is IDictionary<string, object?> where ? ReadFilter(where, fields) : null,
            Raw(context, "order") is IEnumerable order ? ReadOrder(order, Names.Of(fields).Fields) : [],
            new CursorWindow(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
                context.GetArgument<int?>("last"), context.GetArgument<string?>("before")),
            IncludeTotal: context.SubFields?.Values.Any(f => f.Field.Name.StringValue == "totalCount") == true);

    private static object? Raw(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;

    private static Filter ReadFilter(IDictionary<string, object?> input, IQueryableFields fields)
    {
        var names = Names.Of(fields);
        var byField = new Dictionary<string, FieldFilter>();
        var related = new Dictionary<string, RelatedFilter>();
        foreach (var (name, value) in input)
        {
            if (value is not IDictionary<string, object?> operations)
            {
                continue;
            }

            // The input type was validated against the schema, built from the same lists: every name is one of them.
            if (names.Fields.TryGetValue(name, out var field))
            {
                byField[field] = ReadFieldFilter(operations);
            }
            else if (names.Relations.TryGetValue(name, out var relation))
            {
                related[relation.Name] = ReadRelated(operations, relation);
            }
        }

        return new Filter(byField, Nested(input, "and", f => ReadFilter(f, fields)), Nested(input, "or", f => ReadFilter(f, fields)))
        {
            Related = related,
        };
    }

    private static RelatedFilter ReadRelated(IDictionary<string, object?> input, QueryableRelation relation)
    {
        if (!relation.IsList)
        {
            return new RelatedFilter(Is: ReadFilter(input, relation.TargetFields));
        }

        Filter? Part(string name) => input.TryGetValue(name, out var value) && value is IDictionary<string, object?> f ? ReadFilter(f, relation.TargetFields) : null;
        return new RelatedFilter(Some: Part("some"), All: Part("all"), None: Part("none"), Any: input.TryGetValue("any", out var any) ? any as bool? : null);
    }

    private static FieldFilter ReadFieldFilter(IDictionary<string, object?> input) => new(
        input.Where(p => Operators.ContainsKey(p.Key)).Select(p => new Condition(Operators[p.Key], p.Value)).ToList(),
        Nested(input, "and", ReadFieldFilter),
        Nested(input, "or", ReadFieldFilter));

    private static List<TResult> Nested<TResult>(IDictionary<string, object?> input, string key, Func<IDictionary<string, object?>, TResult> read) =>
        input.TryGetValue(key, out var value) && value is IEnumerable items
            ? items.OfType<IDictionary<string, object?>>().Select(read).ToList()
            : [];

    private static List<SortKey> ReadOrder(IEnumerable order, IReadOnlyDictionary<string, string> names) =>
        order.OfType<IDictionary<string, object?>>()
            .SelectMany(entry => entry.Where(p => p.Value is not null && names.ContainsKey(p.Key))
                .Select(p => new SortKey(names[p.Key], (string)p.Value! == "DESC")))
            .ToList();

    /// <summary>
    /// An entity's GraphQL names and the domain's fields and relations they stand for, worked out once per entity
    /// rather than on every list request (the lists are fixed once the types are built).
    /// </summary>
    private sealed record Names(IReadOnlyDictionary<string, string> Fields, IReadOnlyDictionary<string, QueryableRelation> Relations)
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<IQueryableFields, Names> ByEntity = new();

        public static Names Of(IQueryableFields fields) => ByEntity.GetOrAdd(fields, f => new Names(
            f.All.ToDictionary(field => GraphQLNames.Of(field.Name), field => field.Name),
            f.Relations.ToDictionary(relation => GraphQLNames.Of(relation.Name))));
    }
}
