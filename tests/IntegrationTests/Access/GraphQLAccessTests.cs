using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Access;

/// <summary>
/// The same rules in GraphQL, answered the HotChocolate way: a refused mutation is a GraphQL error with
/// <c>AUTH_NOT_AUTHENTICATED</c> or <c>AUTH_NOT_AUTHORIZED</c> (HTTP 200), never a transport error, and
/// nothing changes.
/// </summary>
public sealed class GraphQLAccessTests : ApiTest
{
    private const string CreateCourse = "mutation { createCourse(input: { title: \"Mine\" }) { course { id ownerId } } }";

    [Fact]
    public async Task A_mutation_without_credentials_is_an_auth_not_authenticated_error()
    {
        using var anonymous = Factory.ClientWith(null);

        var (error, data) = await ErrorAsync(anonymous, CreateCourse);

        Assert.Equal("AUTH_NOT_AUTHENTICATED", (string?)error["extensions"]!["code"]);
        Assert.Contains("token", (string)error["message"]!);
        Assert.Null(data);
        Assert.Equal(0, (int)(await Client.GraphQLDataAsync("{ courses { totalCount } }"))["courses"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_mutation_without_the_role_is_an_auth_not_authorized_error()
    {
        using var student = Factory.ClientWith(TestTokens.Mint("student-1", "student"));

        var (error, _) = await ErrorAsync(student, CreateCourse);

        Assert.Equal("AUTH_NOT_AUTHORIZED", (string?)error["extensions"]!["code"]);
    }

    [Fact]
    public async Task An_instructor_owns_what_they_create_and_cannot_change_anyone_elses_course()
    {
        using var mine = Factory.ClientWith(TestTokens.Instructor("teacher-a"));
        using var theirs = Factory.ClientWith(TestTokens.Instructor("teacher-b"));
        var course = (await mine.GraphQLDataAsync(CreateCourse))["createCourse"]!["course"]!;
        Assert.Equal("teacher-a", (string?)course["ownerId"]);
        var id = (int)course["id"]!;
        var rename = $"mutation {{ updateCourse(input: {{ id: {id}, title: \"Taken\" }}) {{ course {{ title }} }} }}";

        var (refused, _) = await ErrorAsync(theirs, rename);
        var renamed = await mine.GraphQLDataAsync($"mutation {{ updateCourse(input: {{ id: {id}, title: \"Still mine\" }}) {{ course {{ title }} }} }}");

        Assert.Equal("AUTH_NOT_AUTHORIZED", (string?)refused["extensions"]!["code"]);
        Assert.Contains("belongs to another instructor", (string)refused["message"]!);
        Assert.Equal("Still mine", (string?)renamed["updateCourse"]!["course"]!["title"]);
    }

    [Theory]
    [InlineData("mutation { deleteCourse(input: { id: 1 }) { course { id } } }")]
    [InlineData("mutation { createVideo(input: { hash: \"adm1\", filename: \"a.mp4\" }) { video { hash } } }")]
    [InlineData("mutation { createCategory(input: { name: \"Music\" }) { category { id } } }")]
    [InlineData("mutation { migrateCourseVideos(input: { dryRun: true }) { report { dryRun } } }")]
    [InlineData("mutation { assignCourseOwner(input: { id: 1, ownerId: \"teacher-a\" }) { course { id } } }")]
    public async Task Admin_mutations_refuse_instructors(string mutation)
    {
        using var mine = Factory.ClientWith(TestTokens.Instructor("teacher-a"));
        await mine.GraphQLDataAsync(CreateCourse);

        var (error, _) = await ErrorAsync(mine, mutation);

        Assert.Equal("AUTH_NOT_AUTHORIZED", (string?)error["extensions"]!["code"]);
        Assert.Equal(1, (int)(await Client.GraphQLDataAsync("{ courses { totalCount } }"))["courses"]!["totalCount"]!);
    }

    [Fact]
    public async Task An_admin_gives_a_course_from_before_accounts_to_its_instructor()
    {
        var id = (int)(await Client.GraphQLDataAsync(CreateCourse))["createCourse"]!["course"]!["id"]!;
        using var teacher = Factory.ClientWith(TestTokens.Instructor("teacher-a"));
        var rename = $"mutation {{ updateCourse(input: {{ id: {id}, title: \"Now mine\" }}) {{ course {{ title }} }} }}";
        var (before, _) = await ErrorAsync(teacher, rename);

        await Client.GraphQLDataAsync($"mutation {{ assignCourseOwner(input: {{ id: {id}, ownerId: \"teacher-a\" }}) {{ course {{ ownerId }} }} }}");
        var after = await teacher.GraphQLDataAsync(rename);

        Assert.Equal("AUTH_NOT_AUTHORIZED", (string?)before["extensions"]!["code"]);
        Assert.Equal("Now mine", (string?)after["updateCourse"]!["course"]!["title"]);
    }

    [Fact]
    public async Task Queries_stay_public()
    {
        await Client.GraphQLDataAsync(CreateCourse);
        using var anonymous = Factory.ClientWith(null);

        var data = await anonymous.GraphQLDataAsync("{ courses { nodes { title } } }");

        Assert.Equal("Mine", (string?)data["courses"]!["nodes"]![0]!["title"]);
    }

    private static async Task<(JsonNode Error, JsonNode? Data)> ErrorAsync(HttpClient client, string query)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"a refusal is not a transport error: {(int)response.StatusCode} {text}");
        var body = JsonNode.Parse(text)!;
        Assert.True(body["errors"] is JsonArray { Count: > 0 }, text);
        return (body["errors"]![0]!, body["data"]);
    }
}
