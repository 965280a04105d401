using System.Text.Json.Nodes;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

public sealed class GraphQLQueryTests : ApiTest
{
    private async Task SeedCoursesAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            (await Client.PostJsonAsync("/api/courses", new { title = $"Course {i:D2}", price = i * 1.5, status = i % 3 == 0 ? "published" : "draft" }))
                .EnsureSuccessStatusCode();
        }
    }

    private static List<string> Titles(JsonNode connection) => connection["nodes"]!.AsArray().Select(n => (string)n!["title"]!).ToList();

    [Fact]
    public async Task Courses_page_forward_with_first_and_after()
    {
        await SeedCoursesAsync(5);

        var first = (await Client.GraphQLDataAsync("{ courses(first: 2, order: [{id: ASC}]) { nodes { title } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount } }"))["courses"]!;
        var after = (string)first["pageInfo"]!["endCursor"]!;
        var second = (await Client.GraphQLDataAsync($"{{ courses(first: 2, after: \"{after}\", order: [{{id: ASC}}]) {{ nodes {{ title }} pageInfo {{ hasNextPage hasPreviousPage endCursor }} }} }}"))["courses"]!;
        var rest = (string)second["pageInfo"]!["endCursor"]!;
        var last = (await Client.GraphQLDataAsync($"{{ courses(first: 10, after: \"{rest}\", order: [{{id: ASC}}]) {{ nodes {{ title }} pageInfo {{ hasNextPage }} }} }}"))["courses"]!;

        Assert.Equal(["Course 01", "Course 02"], Titles(first));
        Assert.Equal(5, (int)first["totalCount"]!);
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)first["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal(["Course 03", "Course 04"], Titles(second));
        Assert.True((bool)second["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal(["Course 05"], Titles(last));
        Assert.False((bool)last["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Courses_page_backward_with_last_and_before()
    {
        await SeedCoursesAsync(5);

        var tail = (await Client.GraphQLDataAsync("{ courses(last: 2, order: [{id: ASC}]) { nodes { title } pageInfo { hasNextPage hasPreviousPage startCursor } } }"))["courses"]!;
        var before = (string)tail["pageInfo"]!["startCursor"]!;
        var previous = (await Client.GraphQLDataAsync($"{{ courses(last: 2, before: \"{before}\", order: [{{id: ASC}}]) {{ nodes {{ title }} pageInfo {{ hasNextPage hasPreviousPage }} }} }}"))["courses"]!;

        Assert.Equal(["Course 04", "Course 05"], Titles(tail));
        Assert.False((bool)tail["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)tail["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal(["Course 02", "Course 03"], Titles(previous));
        Assert.True((bool)previous["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Pages_default_to_ten_and_refuse_more_than_fifty()
    {
        await SeedCoursesAsync(12);

        Assert.Equal(10, Titles((await Client.GraphQLDataAsync("{ courses { nodes { title } } }"))["courses"]!).Count);
        var error = await Client.GraphQLErrorAsync("{ courses(first: 51) { nodes { title } } }");
        Assert.Equal("HC0051", (string?)error["extensions"]!["code"]);
        Assert.Contains("50", (string?)error["message"]);
        Assert.Equal("INVALID", (string?)(await Client.GraphQLErrorAsync("{ courses(after: \"not-a-cursor\") { nodes { title } } }"))["extensions"]!["code"]);
    }

    [Theory]
    [InlineData("{title: {eq: \"Course 03\"}}", "Course 03")]
    [InlineData("{title: {neq: \"Course 01\"}, id: {lte: 3}}", "Course 02,Course 03")]
    [InlineData("{title: {contains: \"SE 0\"}, id: {lt: 3}}", "Course 01,Course 02")]
    [InlineData("{title: {ncontains: \"0\"}}", "")]
    [InlineData("{title: {in: [\"Course 02\", \"Course 04\"]}}", "Course 02,Course 04")]
    [InlineData("{title: {nin: [\"Course 02\", \"Course 04\"]}, id: {lte: 4}}", "Course 01,Course 03")]
    [InlineData("{title: {startsWith: \"course 0\"}, id: {gt: 4}}", "Course 05")]
    [InlineData("{title: {nstartsWith: \"Course\"}}", "")]
    [InlineData("{title: {endsWith: \"05\"}}", "Course 05")]
    [InlineData("{title: {nendsWith: \"5\"}, id: {gte: 4}}", "Course 04")]
    [InlineData("{id: {eq: 2}}", "Course 02")]
    [InlineData("{id: {neq: 2}, price: {lt: 4.0}}", "Course 01")]
    [InlineData("{id: {in: [1, 5]}}", "Course 01,Course 05")]
    [InlineData("{id: {nin: [1, 2, 3]}}", "Course 04,Course 05")]
    [InlineData("{id: {gt: 4}}", "Course 05")]
    [InlineData("{id: {ngt: 1}}", "Course 01")]
    [InlineData("{id: {gte: 5}}", "Course 05")]
    [InlineData("{id: {ngte: 2}}", "Course 01")]
    [InlineData("{id: {lt: 2}}", "Course 01")]
    [InlineData("{id: {nlt: 5}}", "Course 05")]
    [InlineData("{id: {lte: 1}}", "Course 01")]
    [InlineData("{id: {nlte: 4}}", "Course 05")]
    [InlineData("{price: {gt: 6.0}}", "Course 05")]
    [InlineData("{status: {eq: \"published\"}}", "Course 03")]
    [InlineData("{or: [{id: {eq: 1}}, {id: {eq: 4}}]}", "Course 01,Course 04")]
    [InlineData("{and: [{id: {gt: 1}}, {id: {lt: 3}}]}", "Course 02")]
    [InlineData("{title: {or: [{eq: \"Course 02\"}, {eq: \"Course 03\"}]}}", "Course 02,Course 03")]
    public async Task Every_filter_operation_selects_the_right_courses(string where, string expected)
    {
        await SeedCoursesAsync(5);

        var titles = Titles((await Client.GraphQLDataAsync($"{{ courses(where: {where}, order: [{{id: ASC}}]) {{ nodes {{ title }} }} }}"))["courses"]!);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), titles);
    }

    [Fact]
    public async Task Date_filters_compare_timestamps()
    {
        await SeedCoursesAsync(2);
        var future = DateTime.UtcNow.AddDays(1).ToString("o");
        var past = DateTime.UtcNow.AddDays(-1).ToString("o");

        var data = await Client.GraphQLDataAsync($"{{ a: courses(where: {{createdAt: {{gt: \"{past}\"}}}}) {{ totalCount }} b: courses(where: {{createdAt: {{gte: \"{future}\"}}}}) {{ totalCount }} }}");

        Assert.Equal(2, (int)data["a"]!["totalCount"]!);
        Assert.Equal(0, (int)data["b"]!["totalCount"]!);
    }

    [Fact]
    public async Task Sorting_follows_the_order_argument_with_the_id_as_tie_breaker()
    {
        await SeedCoursesAsync(6);

        var byStatus = Titles((await Client.GraphQLDataAsync("{ courses(order: [{status: DESC}, {title: DESC}]) { nodes { title } } }"))["courses"]!);

        Assert.Equal(["Course 06", "Course 03", "Course 05", "Course 04", "Course 02", "Course 01"], byStatus);
    }

    [Fact]
    public async Task Videos_course_videos_and_their_links_resolve()
    {
        var course = (int)(await (await Client.PostJsonAsync("/api/courses", new { title = "Linked" })).BodyAsync())["course_id"]!;
        await Client.PostJsonAsync("/course-videos", new { hash = "cv1", filename = "a.mp4", course_id = course, transcoding_status = "completed" });
        await Client.PostJsonAsync("/videos", new { hash = "v1", filename = "b.mp4", stopped = 1 });

        var data = await Client.GraphQLDataAsync($$$"""
            { course(id: {{{course}}}) { title videos { hash course { title } } }
              courseVideos(courseId: {{{course}}}, where: {transcodingStatus: {eq: "completed"}}) { totalCount nodes { hash courseId } }
              courseVideo(hash: "cv1") { filename }
              videos(where: {stopped: {eq: true}}) { nodes { hash stopped } }
              video(hash: "v1") { title }
              missing: video(hash: "nope") { title } }
            """);

        Assert.Equal("cv1", (string?)data["course"]!["videos"]![0]!["hash"]);
        Assert.Equal("Linked", (string?)data["course"]!["videos"]![0]!["course"]!["title"]);
        Assert.Equal(1, (int)data["courseVideos"]!["totalCount"]!);
        Assert.Equal("a.mp4", (string?)data["courseVideo"]!["filename"]);
        Assert.Equal("v1", (string?)data["videos"]!["nodes"]![0]!["hash"]);
        Assert.Equal("b.mp4", (string?)data["video"]!["title"]);
        Assert.Null(data["missing"]);
    }
}
