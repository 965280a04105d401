using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace VideoPlatform.Application.Querying;

/// <summary>
/// A filter and an order turned into LINQ over an entity, for a repository to run in the database.
/// Plain expression trees, so the same shape translates on SQLite and PostgreSQL alike.
/// </summary>
public sealed class QueryShape<T>
{
    private static readonly MethodInfo StringToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    private readonly Expression<Func<T, bool>>? _where;
    private readonly bool _related;

    private QueryShape(Expression<Func<T, bool>>? where, IReadOnlyList<OrderKey> order, bool related)
    {
        _where = where;
        Order = order;
        _related = related;
    }

    /// <summary>The sort keys, the primary key last: together they order every row, so a row's key values are its place.</summary>
    public IReadOnlyList<OrderKey> Order { get; }

    /// <summary>The shape for a filter and sort keys; <paramref name="key"/> is appended as the last sort key.</summary>
    public static QueryShape<T> Create(QueryableFields<T> fields, Filter? filter, IReadOnlyList<SortKey> order, Expression<Func<T, int>> key)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var body = filter is null ? null : Body(fields, filter, parameter);
        var where = body is null ? null : Expression.Lambda<Func<T, bool>>(body, parameter);
        var keys = order.Select(s => fields.Find(s.Field)!).Zip(order, (f, s) => new OrderKey(f.Name, f.Kind, f.Member, s.Descending)).ToList();
        keys.Add(new OrderKey("Id", FieldKind.Int, key, keys.Count > 0 && keys[^1].Descending));
        return new QueryShape<T>(where, keys, body is not null && Reaches(filter!));
    }

    /// <summary>The same list in the same order, narrowed to the rows that also match <paramref name="also"/>.</summary>
    public QueryShape<T> Narrow(Expression<Func<T, bool>> also)
    {
        if (_where is null)
        {
            return new QueryShape<T>(also, Order, _related);
        }

        var body = Expression.AndAlso(_where.Body, new ParameterReplacer(also.Parameters[0], _where.Parameters[0]).Visit(also.Body));
        return new QueryShape<T>(Expression.Lambda<Func<T, bool>>(body, _where.Parameters[0]), Order, _related);
    }

    /// <summary>The same rows, read from the other end.</summary>
    public QueryShape<T> Reversed() => new(_where, Order.Select(k => k with { Descending = !k.Descending }).ToList(), _related);

    /// <summary>The filtered, sorted rows of <paramref name="source"/>; related rows a filter reaches come from <paramref name="sources"/>.</summary>
    public IQueryable<T> Apply(IQueryable<T> source, IQuerySources sources)
    {
        var where = _related && _where is not null ? (Expression<Func<T, bool>>)new RelatedRowsBinder(sources).Visit(_where) : _where;
        return Sort(where is null ? source : source.Where(where));
    }

    /// <summary>The rows of <paramref name="query"/> in this shape's order, unfiltered.</summary>
    public IQueryable<T> Sort(IQueryable<T> query)
    {
        for (var i = 0; i < Order.Count; i++)
        {
            var (_, _, key, descending) = Order[i];
            var method = (i, descending) switch
            {
                (0, false) => nameof(Queryable.OrderBy),
                (0, true) => nameof(Queryable.OrderByDescending),
                (_, false) => nameof(Queryable.ThenBy),
                (_, true) => nameof(Queryable.ThenByDescending),
            };
            query = query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType],
                query.Expression, Expression.Quote(key)));
        }

        return query;
    }

    /// <summary>The condition <paramref name="filter"/> puts on <paramref name="row"/>, or null when it puts none.</summary>
    internal static Expression? Body(QueryableFields<T> fields, Filter filter, Expression row)
    {
        var parts = new List<Expression>();
        foreach (var (name, fieldFilter) in filter.Fields)
        {
            var field = fields.Find(name) ?? throw new ArgumentException($"'{name}' cannot be filtered on.");
            var member = new ParameterReplacer(field.Member.Parameters[0], row).Visit(field.Member.Body);
            parts.AddIfNotNull(BuildField(field, member, fieldFilter));
        }

        foreach (var (name, related) in filter.Related)
        {
            var relation = fields.FindRelation(name) ?? throw new ArgumentException($"'{name}' cannot be filtered on.");
            parts.AddIfNotNull(relation.Build(row, related));
        }

        parts.AddRange(filter.And.Select(f => Body(fields, f, row)).OfType<Expression>());
        var or = filter.Or.Select(f => Body(fields, f, row) ?? Expression.Constant(true)).ToList();
        if (or.Count > 0)
        {
            parts.Add(Balanced(or, Expression.OrElse));
        }

        return parts.Count == 0 ? null : Balanced(parts, Expression.AndAlso);
    }

    private static bool Reaches(Filter filter) => filter.Related.Count > 0 || filter.And.Concat(filter.Or).Any(Reaches);

    /// <summary>
    /// Joins the parts as a balanced tree rather than one left-leaning chain: the depth of the expression (and
    /// of the translator's recursion over it) grows with the logarithm of the number of terms, not the number.
    /// </summary>
    private static Expression Balanced(IReadOnlyList<Expression> parts, Func<Expression, Expression, Expression> join)
    {
        return Join(0, parts.Count);

        Expression Join(int start, int count) => count == 1
            ? parts[start]
            : join(Join(start, count / 2), Join(start + count / 2, count - count / 2));
    }

    private static Expression? BuildField(QueryableField field, Expression member, FieldFilter filter)
    {
        var parts = filter.Conditions.Select(c => BuildCondition(field, member, c)).ToList();
        parts.AddRange(filter.And.Select(f => BuildField(field, member, f)).OfType<Expression>());
        var or = filter.Or.Select(f => BuildField(field, member, f) ?? Expression.Constant(true)).ToList();
        if (or.Count > 0)
        {
            parts.Add(Balanced(or, Expression.OrElse));
        }

        return parts.Count == 0 ? null : Balanced(parts, Expression.AndAlso);
    }

    private static Expression BuildCondition(QueryableField field, Expression member, Condition condition)
    {
        var type = member.Type;
        Expression Value(object? value) => Parameter(Convert(value, type), type);
        Expression Not(Expression e) => Expression.Not(e);

        // Text this service stores never holds NUL (TextRules refuses control characters) and PostgreSQL cannot
        // even receive one, so a value with NUL is decided here: it matches nothing (and its negation everything).
        if (field.Kind == FieldKind.String && condition.Value is string withNul && withNul.Contains('\0'))
        {
            return Expression.Constant(condition.Operator is FilterOperator.Neq or FilterOperator.NContains or
                FilterOperator.NStartsWith or FilterOperator.NEndsWith);
        }

        switch (condition.Operator)
        {
            case FilterOperator.Eq:
                return Expression.Equal(member, Value(condition.Value));
            case FilterOperator.Neq:
                return Expression.NotEqual(member, Value(condition.Value));
            case FilterOperator.In or FilterOperator.Nin:
                var values = ((IEnumerable?)condition.Value ?? Array.Empty<object?>()).Cast<object?>().Where(v => v is not string t || !t.Contains('\0'));
                var list = CreateList(type, values);
                var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [type], Parameter(list, list.GetType()), member);
                return condition.Operator == FilterOperator.In ? contains : Not(contains);
        }

        if (field.Kind == FieldKind.String)
        {
            // Text matching ignores case: lower() on both sides (ASCII on SQLite, all of Unicode on PostgreSQL).
            if (condition.Operator == FilterOperator.EqIgnoreCase)
            {
                return Expression.Equal(Expression.Call(member, StringToLower),
                    Parameter(((string?)condition.Value ?? string.Empty).ToLowerInvariant(), typeof(string)));
            }

            var method = condition.Operator switch
            {
                FilterOperator.Contains or FilterOperator.NContains => StringContains,
                FilterOperator.StartsWith or FilterOperator.NStartsWith => StringStartsWith,
                FilterOperator.EndsWith or FilterOperator.NEndsWith => StringEndsWith,
                _ => throw new ArgumentException($"{condition.Operator} does not apply to text."),
            };
            var text = ((string?)condition.Value ?? string.Empty).ToLowerInvariant();
            var match = Expression.AndAlso(
                Expression.NotEqual(member, Expression.Constant(null, typeof(string))),
                Expression.Call(Expression.Call(member, StringToLower), method, Parameter(text, typeof(string))));
            return condition.Operator is FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith ? match : Not(match);
        }

        var value = Value(condition.Value);
        return condition.Operator switch
        {
            FilterOperator.Gt => Expression.GreaterThan(member, value),
            FilterOperator.Ngt => Not(Expression.GreaterThan(member, value)),
            FilterOperator.Gte => Expression.GreaterThanOrEqual(member, value),
            FilterOperator.Ngte => Not(Expression.GreaterThanOrEqual(member, value)),
            FilterOperator.Lt => Expression.LessThan(member, value),
            FilterOperator.Nlt => Not(Expression.LessThan(member, value)),
            FilterOperator.Lte => Expression.LessThanOrEqual(member, value),
            FilterOperator.Nlte => Not(Expression.LessThanOrEqual(member, value)),
            _ => throw new ArgumentException($"{condition.Operator} does not apply to {field.Kind}."),
        };
    }

    /// <summary>
    /// A value the database receives as a parameter, never inlined into the SQL text: EF Core turns a member of
    /// a captured object into a parameter, as it does for a lambda's captured variable. Any text is then safe,
    /// a NUL character included.
    /// </summary>
    internal static Expression Parameter(object? value, Type type) =>
        Expression.Property(Expression.Constant(Activator.CreateInstance(typeof(Captured<>).MakeGenericType(type), value)), "Value");

    private static object? Convert(object? value, Type type)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(DateTime) && value is DateTimeOffset offset)
        {
            return offset.UtcDateTime;
        }

        return target == typeof(DateTime) && value is DateTime time
            ? time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc)
            : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IList CreateList(Type type, IEnumerable values)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
        foreach (var value in values)
        {
            list.Add(Convert(value, type));
        }

        return list;
    }
}

/// <summary>Puts another expression (a parameter, a row) where a lambda's own parameter was, to combine expressions built apart.</summary>
public sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}

/// <summary>One key of a list's order, by the domain's field name.</summary>
public sealed record OrderKey(string Name, FieldKind Kind, LambdaExpression Member, bool Descending);

/// <summary>A value held by an object, so that EF Core sends it as a parameter (see <c>QueryShape.Parameter</c>).</summary>
internal sealed class Captured<TValue>(TValue value)
{
    public TValue Value { get; } = value;
}

internal static class ExpressionListExtensions
{
    public static void AddIfNotNull(this List<Expression> list, Expression? item)
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }
}
