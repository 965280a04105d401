using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.GraphQL;

/// <summary>
/// Every field of every filter input, found by introspection (so a new column is covered without editing this
/// test): the row's own value selects it and excludes it again (eq/neq; gte/lt for date-times, which are
/// written to the millisecond but stored finer).
/// </summary>
public sealed class EveryFieldFilterTests : ApiTest
{
    [Theory]
    [InlineData("courses", "Course")]
    [InlineData("courseVideos", "CourseVideo")]
    [InlineData("videos", "Video")]
    public async Task Each_field_filters_by_the_rows_own_value(string list, string type)
    {
        var course = (int)(await (await Client.PostJsonAsync("/api/courses", new
        {
            title = "Filtered", subtitle = "Sub", description = "D", category = "Data", subcategory = "SQL", level = "Advanced",
            language = "German", price = 12.5, currency = "EUR", thumbnail_url = "t.jpg", promo_video_id = "p1",
        })).BodyAsync())["course_id"]!;
        await Client.PostJsonAsync("/api/courses", new { title = "Other" });
        var video = new Dictionary<string, object?>
        {
            ["filename"] = "f.mp4", ["title"] = "T", ["description"] = "D", ["category"] = "C", ["status"] = "Scheduled",
            ["thumbnail_filename"] = "th.jpg", ["original_resolution"] = "1280x720", ["original_quality_label"] = "720p",
            ["duration_seconds"] = 61.5, ["stopped"] = 1, ["transcoding_status"] = "completed", ["scheduled_at"] = "2026-12-01T10:00:00Z",
        };
        var route = list == "videos" ? "/videos" : "/course-videos";
        (await Client.PostJsonAsync(route, new Dictionary<string, object?>(video) { ["hash"] = "target", ["course_id"] = course })).EnsureSuccessStatusCode();
        (await Client.PostJsonAsync(route, new Dictionary<string, object?> { ["hash"] = "other", ["filename"] = "o.mp4", ["course_id"] = course })).EnsureSuccessStatusCode();
        var fields = (await Client.GraphQLDataAsync($"{{ __type(name: \"{type}FilterInput\") {{ inputFields {{ name type {{ name }} }} }} }}"))["__type"]!["inputFields"]!
            .AsArray().Where(f => ((string?)f!["type"]!["name"])?.EndsWith("OperationFilterInput", StringComparison.Ordinal) == true)
            .Select(f => ((string)f!["name"]!, (string)f["type"]!["name"]!)).ToList();
        var key = list == "courses" ? "id" : "hash";
        var target = list == "courses" ? $"{{id: {{eq: {course}}}}}" : "{hash: {eq: \"target\"}}";
        var row = (await Client.GraphQLDataAsync($"{{ {list}(where: {target}) {{ nodes {{ {string.Join(' ', fields.Select(f => f.Item1))} }} }} }}"))[list]!["nodes"]![0]!;

        Assert.True(fields.Count >= 14, $"only {fields.Count} filterable fields on {type}");
        foreach (var (field, input) in fields)
        {
            var value = row[field]?.ToJsonString() ?? "null";
            var (match, miss) = input == "DateTimeOperationFilterInput" && value != "null" ? ("gte", "lt") : ("eq", "neq");
            var found = await KeysAsync(list, key, $"{{{field}: {{{match}: {value}}}}}");
            var excluded = await KeysAsync(list, key, $"{{{field}: {{{miss}: {value}}}}}");

            Assert.True(found.Contains(KeyOf(list, course)), $"{field} {match} {value} did not find the row: [{string.Join(", ", found)}]");
            Assert.False(excluded.Contains(KeyOf(list, course)), $"{field} {miss} {value} found the row");
        }
    }

    private static string KeyOf(string list, int course) => list == "courses" ? course.ToString() : "target";

    private async Task<List<string>> KeysAsync(string list, string key, string where) =>
        (await Client.GraphQLDataAsync($"{{ {list}(where: {where}, first: 50) {{ nodes {{ {key} }} }} }}"))[list]!["nodes"]!.AsArray()
            .Select(n => n![key]!.ToString()).ToList();
}
