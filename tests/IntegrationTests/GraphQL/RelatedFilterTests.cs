using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

/// <summary>
/// Filters that reach related rows, as HotChocolate infers them from navigation properties: a course video by its
/// course, a course by its videos (some/all/none/any). Each runs as one query in the database.
/// </summary>
public sealed class RelatedFilterTests : ApiTest
{
    [Theory]
    [InlineData("{videos: {some: {transcodingStatus: {eq: \"completed\"}}}}", "Mixed,Ready")]
    [InlineData("{videos: {all: {transcodingStatus: {eq: \"completed\"}}}}", "Empty,Ready")]
    [InlineData("{videos: {none: {transcodingStatus: {eq: \"completed\"}}}}", "Empty,Waiting")]
    [InlineData("{videos: {any: true}}", "Mixed,Ready,Waiting")]
    [InlineData("{videos: {any: false}}", "Empty")]
    [InlineData("{videos: {some: {title: {contains: \"INTRO\"}}, all: {stopped: {eq: false}}}}", "Ready")]
    [InlineData("{or: [{videos: {any: false}}, {videos: {some: {hash: {eq: \"w1\"}}}}]}", "Empty,Waiting")]
    [InlineData("{videos: {some: {course: {title: {eq: \"Mixed\"}}}}}", "Mixed")]
    public async Task Courses_are_filtered_by_their_videos(string where, string expected)
    {
        await SeedAsync();

        var data = await Client.GraphQLDataAsync($"{{ courses(where: {where}, order: [{{title: ASC}}]) {{ totalCount nodes {{ title }} }} }}");

        Assert.Equal(expected.Split(','), data["courses"]!["nodes"]!.AsArray().Select(n => (string)n!["title"]!));
        Assert.Equal(expected.Split(',').Length, (int)data["courses"]!["totalCount"]!);
    }

    [Theory]
    [InlineData("{course: {title: {eq: \"Mixed\"}}}", "m1,m2")]
    [InlineData("{course: {title: {startsWith: \"w\"}}, stopped: {eq: false}}", "w1")]
    [InlineData("{course: {status: {eq: \"published\"}}}", "r1")]
    [InlineData("{course: {videos: {all: {transcodingStatus: {eq: \"completed\"}}}}}", "r1")]
    [InlineData("{or: [{course: {title: {eq: \"Ready\"}}}, {hash: {eq: \"m2\"}}]}", "m2,r1")]
    public async Task Course_videos_are_filtered_by_their_course(string where, string expected)
    {
        await SeedAsync();

        var data = await Client.GraphQLDataAsync($"{{ courseVideos(where: {where}, order: [{{hash: ASC}}]) {{ nodes {{ hash }} }} }}");

        Assert.Equal(expected.Split(','), data["courseVideos"]!["nodes"]!.AsArray().Select(n => (string)n!["hash"]!));
    }

    [Fact]
    public async Task A_related_filter_pages_with_cursors_like_any_other()
    {
        await SeedAsync();
        const string Where = "where: {videos: {any: true}}, order: [{title: ASC}]";

        var first = (await Client.GraphQLDataAsync($"{{ courses(first: 2, {Where}) {{ nodes {{ title }} pageInfo {{ endCursor hasNextPage }} }} }}"))["courses"]!;
        var cursor = (string)first["pageInfo"]!["endCursor"]!;
        var second = (await Client.GraphQLDataAsync($"{{ courses(first: 2, after: \"{cursor}\", {Where}) {{ nodes {{ title }} pageInfo {{ hasNextPage }} }} }}"))["courses"]!;

        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(["Waiting"], second["nodes"]!.AsArray().Select(n => (string)n!["title"]!));
        Assert.False((bool)second["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Related_filters_count_toward_the_filter_limits()
    {
        // Course to videos to course, eleven times over: each step is a subquery and a level.
        var where = "{title: {eq: \"x\"}}";
        for (var i = 0; i < 6; i++)
        {
            where = $"{{videos: {{some: {{course: {where}}}}}}}";
        }

        var error = await Client.GraphQLErrorAsync($"{{ courses(where: {where}) {{ nodes {{ id }} }} }}");

        Assert.Contains("levels deep", (string?)error["message"]);
    }

    [Fact]
    public async Task The_list_filter_has_hot_chocolates_shape()
    {
        var sdl = await Client.GetStringAsync("/graphql?sdl");

        Assert.Contains("videos: ListFilterInputTypeOfCourseVideoFilterInput", sdl);
        Assert.Contains("course: CourseFilterInput", sdl);
        Assert.Contains("input ListFilterInputTypeOfCourseVideoFilterInput {\n  all: CourseVideoFilterInput\n  none: CourseVideoFilterInput\n  some: CourseVideoFilterInput\n  any: Boolean\n}", sdl.ReplaceLineEndings("\n"));
    }

    /// <summary>Four courses: one with only completed videos, one mixed, one with none completed, one empty.</summary>
    private async Task SeedAsync()
    {
        var ready = await CourseAsync("Ready");
        var mixed = await CourseAsync("Mixed");
        var waiting = await CourseAsync("Waiting");
        await CourseAsync("Empty");
        (await Client.PostJsonAsync($"/api/courses/{ready}/publish", new { })).EnsureSuccessStatusCode();
        await VideoAsync("r1", ready, "completed", "Intro to SQL", stopped: 0);
        await VideoAsync("m1", mixed, "completed", "Intro", stopped: 1);
        await VideoAsync("m2", mixed, "pending", "Joins", stopped: 0);
        await VideoAsync("w1", waiting, "pending", "Welcome", stopped: 0);
        await VideoAsync("w2", waiting, "failed", "Basics", stopped: 1);
    }

    private async Task<int> CourseAsync(string title) =>
        (int)(await (await Client.PostJsonAsync("/api/courses", new { title })).BodyAsync())["course_id"]!;

    private async Task VideoAsync(string hash, int course, string status, string title, int stopped) =>
        (await Client.PostJsonAsync("/course-videos", new { hash, filename = $"{hash}.mp4", course_id = course, transcoding_status = status, title, stopped }))
            .EnsureSuccessStatusCode();
}
