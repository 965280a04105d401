using System.Collections;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.Api.GraphQL.Filtering;

/// <summary>The arguments of a list field (<c>first after last before where order</c>) and their reading.</summary>
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

    public static BrowseQuery Read<T>(IResolveFieldContext context, QueryableFields<T> fields) => new(
        Raw(context, "where") is IDictionary<string, object?> where ? ReadFilter(where, fields) : null,
        Raw(context, "order") is IEnumerable order ? ReadOrder(order) : [],
        new CursorWindow(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before")));

    private static object? Raw(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;

    private static Filter ReadFilter<T>(IDictionary<string, object?> input, QueryableFields<T> fields)
    {
        var byField = new Dictionary<string, FieldFilter>();
        foreach (var (name, value) in input)
        {
            if (name is not ("and" or "or") && value is IDictionary<string, object?> operations && fields.Find(name) is not null)
            {
                byField[name] = ReadFieldFilter(operations);
            }
        }

        return new Filter(byField, Nested(input, "and", f => ReadFilter(f, fields)), Nested(input, "or", f => ReadFilter(f, fields)));
    }

    private static FieldFilter ReadFieldFilter(IDictionary<string, object?> input) => new(
        input.Where(p => Operators.ContainsKey(p.Key)).Select(p => new Condition(Operators[p.Key], p.Value)).ToList(),
        Nested(input, "and", ReadFieldFilter),
        Nested(input, "or", ReadFieldFilter));

    private static List<TResult> Nested<TResult>(IDictionary<string, object?> input, string key, Func<IDictionary<string, object?>, TResult> read) =>
        input.TryGetValue(key, out var value) && value is IEnumerable items
            ? items.OfType<IDictionary<string, object?>>().Select(read).ToList()
            : [];

    private static List<SortKey> ReadOrder(IEnumerable order) =>
        order.OfType<IDictionary<string, object?>>()
            .SelectMany(entry => entry.Where(p => p.Value is not null).Select(p => new SortKey(p.Key, (string)p.Value! == "DESC")))
            .ToList();
}
