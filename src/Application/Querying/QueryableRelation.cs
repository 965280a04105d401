using System.Linq.Expressions;

namespace VideoPlatform.Application.Querying;

/// <summary>
/// The rows of each entity a query may reach besides its own, supplied by the store that runs it (one database
/// holds both ends of every relation a filter can follow).
/// </summary>
public interface IQuerySources
{
    IQueryable<TEntity> Rows<TEntity>() where TEntity : class;
}

/// <summary>
/// Another entity a list may be filtered by through this one: one related row (a course video's course) or many
/// (a course's videos). The domain holds no navigation properties; the relation is its join condition.
/// </summary>
public abstract class QueryableRelation(string name, bool isList, Type target)
{
    public string Name { get; } = name;

    /// <summary>Many related rows (filtered with some/all/none/any) rather than one (filtered as itself).</summary>
    public bool IsList { get; } = isList;

    public Type Target { get; } = target;

    public abstract IQueryableFields TargetFields { get; }

    /// <summary>The condition on <paramref name="row"/> that <paramref name="filter"/> asks of its related rows, or null when it asks nothing.</summary>
    internal abstract Expression? Build(Expression row, RelatedFilter filter);
}

internal sealed class QueryableRelation<T, TOther>(string name, bool isList, Func<QueryableFields<TOther>> fields, Expression<Func<T, TOther, bool>> join)
    : QueryableRelation(name, isList, typeof(TOther))
    where TOther : class
{
    // Asked for when first needed: two entities' field lists name each other.
    private readonly Lazy<QueryableFields<TOther>> _fields = new(fields);

    public override IQueryableFields TargetFields => _fields.Value;

    internal override Expression? Build(Expression row, RelatedFilter filter)
    {
        var other = Expression.Parameter(typeof(TOther), "related");
        var joined = new ParameterReplacer(join.Parameters[1], other).Visit(new ParameterReplacer(join.Parameters[0], row).Visit(join.Body));
        var parts = new List<Expression>();
        Expression? Body(Filter? f) => f is null ? null : QueryShape<TOther>.Body(_fields.Value, f, other);
        Expression Exists(Expression? condition) => Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TOther)],
            new RelatedRows<TOther>(), Expression.Quote(Expression.Lambda(condition is null ? joined : Expression.AndAlso(joined, condition), other)));

        if (Body(filter.Is) is { } @is)
        {
            parts.Add(Exists(@is));
        }

        if (filter.Some is not null)
        {
            parts.Add(Exists(Body(filter.Some)));
        }

        if (Body(filter.All) is { } all)
        {
            parts.Add(Expression.Not(Exists(Expression.Not(all))));
        }

        if (filter.None is not null)
        {
            parts.Add(Expression.Not(Exists(Body(filter.None))));
        }

        if (filter.Any is bool any)
        {
            parts.Add(any ? Exists(null) : Expression.Not(Exists(null)));
        }

        return parts.Count == 0 ? null : parts.Aggregate(Expression.AndAlso);
    }
}

/// <summary>
/// Stands for every row of an entity in a filter built before any store is at hand; the store's own table takes
/// its place when the query runs (<see cref="QueryShape{T}.Apply"/>). Left in place it cannot run, which is loud.
/// </summary>
internal abstract class RelatedRows : Expression
{
    public sealed override ExpressionType NodeType => ExpressionType.Extension;

    public abstract Expression Bind(IQuerySources sources);

    // A node with no children: visitors pass over it unchanged.
    protected override Expression VisitChildren(ExpressionVisitor visitor) => this;
}

internal sealed class RelatedRows<TOther> : RelatedRows where TOther : class
{
    public override Type Type => typeof(IQueryable<TOther>);

    public override Expression Bind(IQuerySources sources) => sources.Rows<TOther>().Expression;
}

/// <summary>Puts each store's table where a filter stood for it.</summary>
internal sealed class RelatedRowsBinder(IQuerySources sources) : ExpressionVisitor
{
    protected override Expression VisitExtension(Expression node) => node is RelatedRows rows ? rows.Bind(sources) : base.VisitExtension(node);
}
