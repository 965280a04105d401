using System.Net.Http.Json;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

/// <summary>Answers a client generated against HotChocolate reads as it would read HotChocolate's.</summary>
public sealed class HotChocolateParityTests : ApiTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:OperationsFolder"] = Path.Combine(Folder.Root, "operations"),
    };

    [Fact]
    public async Task Date_times_are_written_in_utc_to_the_millisecond()
    {
        (await Client.PostJsonAsync("/videos", new { hash = "t1", filename = "t.mp4" })).EnsureSuccessStatusCode();

        var video = (await Client.GraphQLDataAsync("{ videos { nodes { createdAt } } }"))["videos"]!["nodes"]![0]!;
        var rest = (string)(await Client.GetJsonAsync("/videos/t1"))["created_at"]!;

        var written = (string)video["createdAt"]!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", written);
        // The same instant REST reports (which keeps the stored microseconds), cut to the millisecond.
        Assert.Equal(rest[..23].Replace(' ', 'T'), written[..23]);
    }

    [Fact]
    public async Task The_date_time_scalar_names_its_specification_in_the_schema_and_through_introspection()
    {
        var types = await Client.GraphQLDataAsync(
            "{ dateTime: __type(name: \"DateTime\") { specifiedByURL } string: __type(name: \"String\") { specifiedByURL } }");
        var sdl = await Client.GetStringAsync("/graphql?sdl");

        Assert.Equal("https://www.graphql-scalars.com/date-time", (string?)types["dateTime"]!["specifiedByURL"]);
        Assert.Null(types["string"]!["specifiedByURL"]);
        Assert.Contains("scalar DateTime @specifiedBy(url: \"https://www.graphql-scalars.com/date-time\")", sdl);
    }

    [Fact]
    public async Task An_empty_page_still_says_whether_rows_exist()
    {
        (await Client.PostJsonAsync("/videos", new { hash = "t1", filename = "t.mp4" })).EnsureSuccessStatusCode();

        var page = (await Client.GraphQLDataAsync("{ videos(first: 0) { nodes { hash } pageInfo { hasNextPage } } }"))["videos"]!;
        var none = (await Client.GraphQLDataAsync("{ courses(first: 0) { nodes { id } pageInfo { hasNextPage } } }"))["courses"]!;

        Assert.Empty(page["nodes"]!.AsArray());
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)none["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Numbers_combine_conditions_on_the_entity_filter_only_and_errors_carry_one_code()
    {
        var error = await Client.GraphQLErrorAsync("{ courses(where: {id: {or: [{eq: 1}]}}) { nodes { id } } }", status: 400);

        Assert.Contains("Unknown field", (string?)error["message"]);
        var extensions = error["extensions"]!.AsObject();
        Assert.False(extensions.ContainsKey("codes"));
        Assert.False(extensions.ContainsKey("number"));
        Assert.Equal("http://spec.graphql.org/October2021/#sec-Values-of-Correct-Type", (string?)extensions["specifiedBy"]);
    }

    /// <summary>
    /// HotChocolate's code where it has one; a rule of the specification has no code there, only the section
    /// it breaks (<c>specifiedBy</c>), and so it is here.
    /// </summary>
    [Theory]
    [InlineData("{ courses { nope } }", 400, null, "sec-Field-Selections-on-Objects-Interfaces-and-Unions-Types")]
    [InlineData("{ courses { nodes } }", 400, null, "sec-Field-Selections-on-Objects-Interfaces-and-Unions-Types")]
    [InlineData("{ courses { totalCount { x } } }", 400, null, "sec-Leaf-Field-Selections")]
    [InlineData("{ course { title } }", 400, null, "sec-Required-Arguments")]
    [InlineData("{ courses(nope: 1) { totalCount } }", 400, null, "sec-Required-Arguments")]
    [InlineData("{ courses(first: \"ten\") { totalCount } }", 400, null, "sec-Values-of-Correct-Type")]
    [InlineData("query Q($x: Int) { courses { totalCount } }", 400, null, "sec-All-Variables-Used")]
    [InlineData("{ courses { ...F } }", 400, null, "sec-Fragment-spread-target-defined")]
    [InlineData("{ courses(first: $n) { totalCount } }", 400, null, "sec-All-Variable-Uses-Defined")]
    [InlineData("{ courses { totalCount } ", 400, "HC0011", null)]
    [InlineData("{ courses(first: 51) { totalCount } }", 200, "HC0051", null)]
    [InlineData("{ a: courses(first: 50) { nodes { videos { course { videos { course { videos { id } } } } } } } }", 400, "HC0047", null)]
    public async Task Errors_carry_hot_chocolates_code_or_the_section_of_the_specification(string query, int status, string? code, string? section)
    {
        var error = await Client.GraphQLErrorAsync(query, status);

        var extensions = error["extensions"]?.AsObject();
        Assert.Equal(code, (string?)extensions?["code"]);
        Assert.Equal(section is null ? null : "http://spec.graphql.org/October2021/#" + section, (string?)extensions?["specifiedBy"]);
    }

    [Fact]
    public async Task A_request_without_a_query_or_id_is_hot_chocolates_hc0013_and_a_body_that_is_no_request_hc0009()
    {
        var empty = await Client.PostAsJsonAsync("/graphql", new { variables = new { } });
        var notJson = await Client.PostAsync("/graphql", new StringContent("[1, 2", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("HC0013", (string?)System.Text.Json.Nodes.JsonNode.Parse(await empty.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("HC0009", (string?)System.Text.Json.Nodes.JsonNode.Parse(await notJson.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_batch_of_operations_is_answered_in_order_each_on_its_own()
    {
        var batch = new object[]
        {
            new { query = "mutation { createCourse(input: {title: \"Batched\"}) { course { title } } }" },
            new { query = "{ courses { nodes { title } } }" },
            new { query = "{ courses { nope } }" },
        };

        var response = await Client.PostAsJsonAsync("/graphql", batch);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var answers = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(3, answers.Count);
        Assert.Equal("Batched", (string?)answers[0]!["data"]!["createCourse"]!["course"]!["title"]);
        Assert.Equal("Batched", (string?)answers[1]!["data"]!["courses"]!["nodes"]![0]!["title"]);
        Assert.Contains("nope", (string?)answers[2]!["errors"]![0]!["message"]);
        Assert.Null(answers[2]!["data"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task A_batch_that_is_empty_or_over_the_maximum_is_refused_before_anything_runs(int size)
    {
        var batch = Enumerable.Repeat(new { query = "mutation { createCourse(input: {title: \"No\"}) { course { id } } }" }, size);

        var problem = await (await Client.PostAsJsonAsync("/graphql", batch)).ProblemAsync(400);

        Assert.Contains("1 to 10 operations", (string?)problem["detail"]);
        Assert.Equal(0, TestDb.Count(Folder.CoursesDb, "courses"));
    }

    [Fact]
    public async Task Persisted_queries_miss_then_store_then_answer_by_hash_over_post_and_get()
    {
        (await Client.PostJsonAsync("/api/courses", new { title = "Cached" })).EnsureSuccessStatusCode();
        const string query = "{ courses { nodes { title } } }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query)));
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var miss = await (await Client.PostAsJsonAsync("/graphql", new { extensions })).BodyAsync();
        var stored = (await (await Client.PostAsJsonAsync("/graphql", new { query, extensions })).BodyAsync())["data"]!;
        var byPost = await (await Client.PostAsJsonAsync("/graphql", new { extensions })).BodyAsync();
        var byGet = await Client.GetJsonAsync($"/graphql?extensions={Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(extensions))}");

        Assert.Equal("PersistedQueryNotFound", (string?)miss["errors"]![0]!["message"]);
        Assert.Equal("HC0020", (string?)miss["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("Cached", (string?)stored["courses"]!["nodes"]![0]!["title"]);
        Assert.Equal("Cached", (string?)byPost["data"]!["courses"]!["nodes"]![0]!["title"]);
        Assert.Equal("Cached", (string?)byGet["data"]!["courses"]!["nodes"]![0]!["title"]);
    }

    [Theory]
    [InlineData("{ courses { nodes { id } } }", "0000000000000000000000000000000000000000000000000000000000000000", "PERSISTED_QUERY_HASH_MISMATCH")]
    [InlineData("{ courses { nodes { id } } }", "not-a-hash", "PERSISTED_QUERY_INVALID")]
    public async Task A_persisted_query_whose_hash_is_wrong_or_malformed_is_refused_and_not_stored(string query, string hash, string code)
    {
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var refused = await (await Client.PostAsJsonAsync("/graphql", new { query, extensions })).BodyAsync();
        var after = await (await Client.PostAsJsonAsync("/graphql", new { extensions })).BodyAsync();

        Assert.Equal(code, (string?)refused["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(refused["data"]);
        Assert.NotEqual("Cached", (string?)after["data"]?["courses"]?["nodes"]?[0]?["title"]);
        Assert.NotNull(after["errors"]);
    }

    [Fact]
    public async Task An_operation_registered_at_build_time_runs_by_its_id_and_an_unknown_id_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(Folder.Root, "operations"));
        await File.WriteAllTextAsync(Path.Combine(Folder.Root, "operations", "listCourses.graphql"), "query ListCourses { courses { nodes { title } } }");
        (await Client.PostJsonAsync("/api/courses", new { title = "Registered" })).EnsureSuccessStatusCode();

        var byId = await (await Client.PostAsJsonAsync("/graphql", new { id = "listCourses" })).BodyAsync();
        var byDocumentId = await Client.GetJsonAsync("/graphql?documentId=listCourses");
        var batch = System.Text.Json.Nodes.JsonNode.Parse(await (await Client.PostAsJsonAsync("/graphql", new object[] { new { id = "listCourses" }, new { id = "nope" } })).Content.ReadAsStringAsync())!;

        Assert.Equal("Registered", (string?)byId["data"]!["courses"]!["nodes"]![0]!["title"]);
        Assert.Equal("Registered", (string?)byDocumentId["data"]!["courses"]!["nodes"]![0]!["title"]);
        Assert.Equal("Registered", (string?)batch[0]!["data"]!["courses"]!["nodes"]![0]!["title"]);
        Assert.Equal("HC0015", (string?)batch[1]!["errors"]![0]!["extensions"]!["code"]);
        Assert.Contains("`nope` is unknown", (string?)batch[1]!["errors"]![0]!["message"]);
    }
}
