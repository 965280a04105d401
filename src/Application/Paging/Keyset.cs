using System.Linq.Expressions;
using System.Reflection;
using VideoPlatform.Application.Querying;

namespace VideoPlatform.Application.Paging;

/// <summary>
/// The rows of an ordered list that lie strictly beyond a place in it (a cursor's key values), as predicates
/// the database answers from an index: <c>a &gt; v₁ OR (a = v₁ AND (b &gt; v₂ OR …))</c>, led by a range
/// bound on the first key so the database seeks instead of scanning from the start. Rows without a value sort
/// where the store puts them (<see cref="NullsSortAs"/>), so the continuation matches the store's own order.
/// </summary>
internal sealed class Keyset<T>
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly Expression False = Expression.Constant(false);

    private readonly QueryShape<T> _shape;
    private readonly object?[] _place;
    private readonly bool _reverse;
    private readonly NullsSortAs _nulls;
    private readonly ParameterExpression _row = Expression.Parameter(typeof(T), "x");

    /// <param name="reverse">Beyond in the other direction: the rows before the place.</param>
    public Keyset(QueryShape<T> shape, object?[] place, bool reverse, NullsSortAs nulls)
    {
        _shape = shape;
        _place = place;
        _reverse = reverse;
        _nulls = nulls;
    }

    /// <summary>
    /// The rows beyond the place, in order, as one or two predicates each answered by one index range: when
    /// the first key can be missing, the rows without it come in a part of their own (after the others, or
    /// before them, as the store orders them).
    /// </summary>
    public IReadOnlyList<Expression<Func<T, bool>>> Parts()
    {
        var member = Member(0);
        if (!CanBeMissing(member))
        {
            return [Lambda(Expression.AndAlso(AtOrBeyond(0), Beyond(0)))];
        }

        var missing = Expression.Equal(member, Expression.Constant(null, member.Type));
        if (_place[0] is null)
        {
            var amongMissing = Expression.AndAlso(missing, Beyond(1));
            return MissingLast(0) ? [Lambda(amongMissing)] : [Lambda(amongMissing), Lambda(Expression.Not(missing))];
        }

        var present = Lambda(Expression.AndAlso(AtOrBeyond(0), Beyond(0)));
        return MissingLast(0) ? [present, Lambda(missing)] : [present];
    }

    /// <summary>The same rows as <see cref="Parts"/>, in one predicate (to bound a list at its other end).</summary>
    public Expression<Func<T, bool>> All() => Lambda(Parts().Select(p => p.Body).Aggregate(Expression.OrElse));

    private Expression<Func<T, bool>> Lambda(Expression body) => Expression.Lambda<Func<T, bool>>(body, _row);

    private Expression Beyond(int i)
    {
        var strictly = Strictly(i);
        return i == _place.Length - 1 ? strictly : Expression.OrElse(strictly, Expression.AndAlso(Equal(i), Beyond(i + 1)));
    }

    private Expression Strictly(int i)
    {
        var member = Member(i);
        if (_place[i] is not { } value)
        {
            return MissingLast(i) ? False : Expression.NotEqual(member, Expression.Constant(null, member.Type));
        }

        var beyond = Compare(i, member, value, orEqual: false);
        return MissingLast(i) && CanBeMissing(member)
            ? Expression.OrElse(beyond, Expression.Equal(member, Expression.Constant(null, member.Type)))
            : beyond;
    }

    /// <summary>The first key's range, which lets the database start reading at the place.</summary>
    private Expression AtOrBeyond(int i) => _place[i] is { } value ? Compare(i, Member(i), value, orEqual: true) : Expression.Constant(true);

    private Expression Equal(int i)
    {
        var member = Member(i);
        return Expression.Equal(member, _place[i] is null ? Expression.Constant(null, member.Type) : QueryShape<T>.Parameter(_place[i], member.Type));
    }

    private Expression Compare(int i, Expression member, object value, bool orEqual)
    {
        var descending = Descending(i);
        switch (_shape.Order[i].Kind)
        {
            case FieldKind.String:
                // string.Compare(a, b) > 0 is how EF Core spells a > b for text; null is excluded as SQL would.
                var compared = Expression.Call(StringCompare, member, QueryShape<T>.Parameter(value, typeof(string)));
                var zero = Expression.Constant(0);
                var test = (descending, orEqual) switch
                {
                    (false, false) => Expression.GreaterThan(compared, zero),
                    (false, true) => Expression.GreaterThanOrEqual(compared, zero),
                    (true, false) => Expression.LessThan(compared, zero),
                    (true, true) => Expression.LessThanOrEqual(compared, zero),
                };
                return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), test);
            case FieldKind.Boolean:
                // false < true: beyond false ascending is true, beyond true descending is false, else nothing.
                var flag = (bool)value;
                Expression strictly = flag == !descending ? False : Expression.Equal(member, Expression.Constant(!flag, member.Type));
                return orEqual ? Expression.OrElse(strictly, Expression.Equal(member, Expression.Constant(flag, member.Type))) : strictly;
            default:
                var parameter = QueryShape<T>.Parameter(value, member.Type);
                return (descending, orEqual) switch
                {
                    (false, false) => Expression.GreaterThan(member, parameter),
                    (false, true) => Expression.GreaterThanOrEqual(member, parameter),
                    (true, false) => Expression.LessThan(member, parameter),
                    (true, true) => Expression.LessThanOrEqual(member, parameter),
                };
        }
    }

    private bool Descending(int i) => _shape.Order[i].Descending != _reverse;

    /// <summary>Whether rows without key <paramref name="i"/> come after the others in the direction read.</summary>
    private bool MissingLast(int i) => (_nulls == NullsSortAs.Largest) != Descending(i);

    private Expression Member(int i)
    {
        var member = _shape.Order[i].Member;
        return new ParameterReplacer(member.Parameters[0], _row).Visit(member.Body);
    }

    private static bool CanBeMissing(Expression member) => !member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null;
}
