using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using System.Runtime.CompilerServices;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

/// <summary>The names a client generated against HotChocolate uses (hotchocolate-names.txt) are this schema's names.</summary>
public sealed class SchemaNameTests : ApiTest
{
    [Fact]
    public void Every_name_hot_chocolate_would_generate_is_in_the_schema_with_its_type()
    {
        var schema = Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(SourceFolder(), "hotchocolate-names.txt")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var (member, expectedType) = line.Split(": ") is [var m, var t] ? (m, t) : (line, null);
            var (typeName, fieldName) = member.Split('.') is [var a, var b] ? (a, b) : throw new FormatException(line);
            var found = schema.AllTypes[typeName] switch
            {
                IComplexGraphType complex => complex.GetField(fieldName)?.ResolvedType?.ToString(),
                EnumerationGraphType enumeration => enumeration.Values.FindByName(fieldName) is null ? null : "",
                _ => null,
            };
            if (found is null || (expectedType is not null && found != expectedType))
            {
                missing.Add(found is null ? $"{line} (missing)" : $"{line} (is {found})");
            }
        }

        Assert.True(missing.Count == 0, "Not as HotChocolate names them:\n" + string.Join("\n", missing));
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
