using System.Linq.Expressions;
using System.Reflection;

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

/// <summary>An entity's filterable fields and relations, whatever the entity (a relation's far end).</summary>
public interface IQueryableFields
{
    IReadOnlyList<QueryableField> All { get; }

    IReadOnlyList<QueryableRelation> Relations { get; }
}

/// <summary>
/// The fields of one entity that lists can be filtered and sorted by, named as the domain names them and
/// used both to describe the inputs (GraphQL filter and sort types) and to build the database query.
/// </summary>
public sealed class QueryableFields<T> : IQueryableFields
{
    private static readonly Dictionary<Type, FieldKind> Kinds = new()
    {
        [typeof(string)] = FieldKind.String,
        [typeof(int)] = FieldKind.Int,
        [typeof(int?)] = FieldKind.Int,
        [typeof(double)] = FieldKind.Float,
        [typeof(double?)] = FieldKind.Float,
        [typeof(bool)] = FieldKind.Boolean,
        [typeof(bool?)] = FieldKind.Boolean,
        [typeof(DateTime)] = FieldKind.DateTime,
        [typeof(DateTime?)] = FieldKind.DateTime,
    };

    private readonly List<QueryableField> _fields = [];
    private readonly List<QueryableRelation> _relations = [];

    public IReadOnlyList<QueryableField> All => _fields;

    /// <summary>The other entities a filter may reach through this one; filter only, lists are not sorted by them.</summary>
    public IReadOnlyList<QueryableRelation> Relations => _relations;

    /// <summary>Every stored public scalar property of the entity (computed ones have no setter), in declaration
    /// order (base class first): what HotChocolate infers, and what a new column joins without another list to edit.</summary>
    public static QueryableFields<T> FromProperties(params string[] except)
    {
        var fields = new QueryableFields<T>();
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => IsStored(p) && Kinds.ContainsKey(p.PropertyType) && !except.Contains(p.Name))
            .OrderBy(p => Depth(p.DeclaringType!))
            .ThenBy(p => p.MetadataToken);
        foreach (var property in properties)
        {
            var parameter = Expression.Parameter(typeof(T), "x");
            fields.Add(property.Name, Kinds[property.PropertyType], Expression.Lambda(Expression.Property(parameter, property), parameter));
        }

        return fields;
    }

    public QueryableField? Find(string name) => _fields.Find(f => f.Name == name);

    /// <summary>Lists a field under another name: a stored twin of a field (a time read from its text) in the place of the original.</summary>
    public QueryableFields<T> Named(string property, string name)
    {
        var index = _fields.FindIndex(f => f.Name == property);
        _fields[index] = _fields[index] with { Name = name };
        return this;
    }

    public QueryableRelation? FindRelation(string name) => _relations.Find(r => r.Name == name);

    /// <summary>One related row, found by <paramref name="join"/> (a course video's course).</summary>
    public QueryableFields<T> One<TOther>(string name, Func<QueryableFields<TOther>> fields, Expression<Func<T, TOther, bool>> join)
        where TOther : class
    {
        _relations.Add(new QueryableRelation<T, TOther>(name, isList: false, fields, join));
        return this;
    }

    /// <summary>Any number of related rows, found by <paramref name="join"/> (a course's videos).</summary>
    public QueryableFields<T> Many<TOther>(string name, Func<QueryableFields<TOther>> fields, Expression<Func<T, TOther, bool>> join)
        where TOther : class
    {
        _relations.Add(new QueryableRelation<T, TOther>(name, isList: true, fields, join));
        return this;
    }

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

    /// <summary>Has a setter (a private one counts): reflected through a derived type, a base class's private setter is
    /// invisible, so the property is asked of the class that declares it.</summary>
    private static bool IsStored(PropertyInfo property) =>
        property.DeclaringType!.GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)?.CanWrite == true;

    private static int Depth(Type type)
    {
        var depth = 0;
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
