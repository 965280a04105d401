using GraphQL.Types;

namespace VideoPlatform.Api.GraphQL;

/// <summary>Reading a mutation's <c>input</c> object, which graphql-dotnet hands over as a dictionary.</summary>
public static class InputFields
{
    public static T? Get<T>(this IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is not null ? (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture) : default;

    public static string? Text(this IDictionary<string, object?> input, string name) => input.TryGetValue(name, out var value) ? value as string : null;

    /// <summary>Adds nullable input fields of one scalar type.</summary>
    public static void Optional<TScalar>(this InputObjectGraphType type, params string[] names) where TScalar : ScalarGraphType
    {
        foreach (var name in names)
        {
            type.Field<TScalar>(name);
        }
    }
}
