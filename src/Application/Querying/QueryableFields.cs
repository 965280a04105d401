using System.Linq.Expressions;

namespace VideoPlatform.Application.Querying;

public enum FieldKind
{
    String,
    Int,
    Float,
    Boolean,
    DateTime,
}

/// <summary>One field a client may filter and sort a list by, and how to read it from the entity.</summary>
public sealed record QueryableField(string Name, FieldKind Kind, LambdaExpression Member);

/// <summary>
/// The fields of one entity that lists can be filtered and sorted by, declared once and used both to
/// describe the inputs (GraphQL filter and sort types) and to build the database query.
/// </summary>
public sealed class QueryableFields<T>
{
    private readonly List<QueryableField> _fields = [];

    public IReadOnlyList<QueryableField> All => _fields;

    public QueryableField? Find(string name) => _fields.Find(f => f.Name == name);

    public QueryableFields<T> String(string name, Expression<Func<T, string?>> member) => Add(name, FieldKind.String, member);

    public QueryableFields<T> Int(string name, Expression<Func<T, int>> member) => Add(name, FieldKind.Int, member);

    public QueryableFields<T> Int(string name, Expression<Func<T, int?>> member) => Add(name, FieldKind.Int, member);

    public QueryableFields<T> Float(string name, Expression<Func<T, double?>> member) => Add(name, FieldKind.Float, member);

    public QueryableFields<T> Boolean(string name, Expression<Func<T, bool>> member) => Add(name, FieldKind.Boolean, member);

    public QueryableFields<T> DateTime(string name, Expression<Func<T, DateTime?>> member) => Add(name, FieldKind.DateTime, member);

    private QueryableFields<T> Add(string name, FieldKind kind, LambdaExpression member)
    {
        _fields.Add(new QueryableField(name, kind, member));
        return this;
    }
}
