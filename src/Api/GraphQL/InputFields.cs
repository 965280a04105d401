using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using GraphQL.Types;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// Mutation inputs derived from the use cases' input records: one nullable input field per settable
/// property (camelCase), read back into the record by name. A field added to a record appears here
/// without another list to edit.
/// </summary>
public static class InputFields
{
    private static readonly Dictionary<Type, Type> GraphTypes = new()
    {
        [typeof(string)] = typeof(StringGraphType),
        [typeof(int?)] = typeof(IntGraphType),
        [typeof(long?)] = typeof(LongGraphType),
        [typeof(double?)] = typeof(FloatGraphType),
        [typeof(bool?)] = typeof(BooleanGraphType),
        [typeof(DateTime?)] = typeof(DateTimeScalar),
        [typeof(IReadOnlyList<string>)] = typeof(ListGraphType<NonNullGraphType<StringGraphType>>),
    };

    /// <summary>Adds a nullable input field for every settable property of <typeparamref name="T"/> but those in <paramref name="except"/>.</summary>
    public static void AddFrom<T>(this InputObjectGraphType type, params string[] except)
    {
        foreach (var property in Settable<T>().Where(p => !except.Contains(p.Name)))
        {
            type.AddField(new FieldType { Name = GraphQLNames.Of(property.Name), Type = IsTimeText(property) ? typeof(DateTimeScalar) : GraphTypes[property.PropertyType] });
        }
    }

    /// <summary>Makes input fields the input cannot go without non-null.</summary>
    public static void Require(this InputObjectGraphType type, params string[] fields)
    {
        foreach (var field in fields)
        {
            var input = type.GetField(GraphQLNames.Of(field)) ?? throw new ArgumentException($"No input field {field}.", nameof(fields));
            input.Type = typeof(NonNullGraphType<>).MakeGenericType(input.Type!);
        }
    }

    /// <summary>The record with every property the input gives set; the rest stay null.</summary>
    public static T Read<T>(IDictionary<string, object?> input) where T : new()
    {
        var record = new T();
        foreach (var property in Settable<T>())
        {
            if (input.TryGetValue(GraphQLNames.Of(property.Name), out var value) && value is not null)
            {
                property.SetValue(record, value switch
                {
                    DateTime time when IsTimeText(property) => DateTimeScalar.Write(time),
                    System.Collections.IEnumerable items and not string =>
                        items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture) ?? string.Empty).ToList(),
                    _ => Convert.ChangeType(value, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, CultureInfo.InvariantCulture),
                });
            }
        }

        return record;
    }

    public static string? Text(this IDictionary<string, object?> input, string field) =>
        input.TryGetValue(GraphQLNames.Of(field), out var value) ? value as string : null;

    public static int Int(this IDictionary<string, object?> input, string field) =>
        Convert.ToInt32(input[GraphQLNames.Of(field)], CultureInfo.InvariantCulture);

    /// <summary>A date-time the domain keeps as text: typed DateTime on this door, written back as ISO 8601 text.</summary>
    private static bool IsTimeText(PropertyInfo property) =>
        property.PropertyType == typeof(string) && property.GetCustomAttribute<DataTypeAttribute>()?.DataType == DataType.DateTime;

    private static IEnumerable<PropertyInfo> Settable<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && GraphTypes.ContainsKey(p.PropertyType))
            .OrderBy(p => p.DeclaringType == typeof(T) ? 0 : 1) // the record's own (identity) fields first, then the shared ones
            .ThenBy(p => p.MetadataToken);
}
