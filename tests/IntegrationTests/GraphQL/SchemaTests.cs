using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

public sealed class SchemaTests : ApiTest
{
    /// <summary>
    /// The schema is the contract with every GraphQL client. A change shows up here as a diff to review;
    /// accept it with UPDATE_SCHEMA_SNAPSHOT=1 ./test.sh and commit schema.graphql.
    /// </summary>
    [Fact]
    public void The_schema_matches_the_committed_snapshot()
    {
        var printed = Factory.Services.GetRequiredService<ISchema>().Print().ReplaceLineEndings("\n");
        var snapshot = Path.Combine(SourceFolder(), "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA_SNAPSHOT") == "1")
        {
            File.WriteAllText(snapshot, printed);
        }

        Assert.True(File.Exists(snapshot), "schema.graphql is missing; run UPDATE_SCHEMA_SNAPSHOT=1 ./test.sh");
        Assert.Equal(File.ReadAllText(snapshot).ReplaceLineEndings("\n"), printed);
    }

    [Fact]
    public async Task The_sdl_is_served_at_graphql_sdl()
    {
        var sdl = await Client.GetStringAsync("/graphql?sdl");

        Assert.Contains("type CoursesConnection", sdl);
        Assert.Contains("input StringOperationFilterInput", sdl);
        Assert.Contains("enum SortEnumType", sdl);
        Assert.Contains("interface Error", sdl);
        Assert.Contains("union UpdateCourseVideoError = VideoNotFoundError | CourseNotFoundError | ValidationError", sdl);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
