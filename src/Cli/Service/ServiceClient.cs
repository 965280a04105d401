using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VideoPlatform.Cli.Service;

/// <summary>The service refused the request; <see cref="Exception.Message"/> is the problem document's detail.</summary>
public sealed class ServiceProblem(HttpStatusCode status, string detail) : Exception(detail)
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>Worth sending again after a pause: the service is busy, limited or briefly unavailable, not saying no.</summary>
    public bool Transient => Status is HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)Status >= 500;

    public TimeSpan? RetryAfter { get; init; }
}

/// <summary>The REST calls vp makes, answered as JSON or as a <see cref="ServiceProblem"/>.</summary>
public sealed class ServiceClient(HttpClient http)
{
    public static HttpClient Create(Uri server, string? token, string? apiKey)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("vp/1.0");
        if (!string.IsNullOrEmpty(token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (!string.IsNullOrEmpty(apiKey))
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return http;
    }

    public Task<JsonNode> InitAsync(string filename, int totalChunks, long chunkSize, int? courseId, CancellationToken ct)
    {
        var form = new Dictionary<string, string>
        {
            ["filename"] = filename,
            ["total_chunks"] = totalChunks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["chunk_size"] = chunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (courseId is { } course)
        {
            form["course_id"] = course.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "upload/init") { Content = new FormUrlEncodedContent(form) }, ct);
    }

    /// <summary>The upload as the service has it (which chunks arrived), or null when it does not know it any more.</summary>
    public async Task<JsonNode?> StatusAsync(string uploadId, CancellationToken ct)
    {
        try
        {
            return await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"upload/{Uri.EscapeDataString(uploadId)}"), ct);
        }
        catch (ServiceProblem e) when (e.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Task<JsonNode> PutChunkAsync(string uploadId, int index, ReadOnlyMemory<byte> bytes, string sha256, CancellationToken ct) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Put, $"upload/{Uri.EscapeDataString(uploadId)}/chunks/{index}?sha256={sha256}")
        {
            Content = new ReadOnlyMemoryContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } },
        }, ct);

    public Task<JsonNode> CompleteAsync(string uploadId, CancellationToken ct) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "upload/complete")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["upload_id"] = uploadId }),
        }, ct);

    /// <summary>Sets a video's title; <c>/videos/{hash}</c> finds an admin or a course video alike.</summary>
    public Task<JsonNode> SetTitleAsync(string hash, string title, CancellationToken ct) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Patch, $"videos/{Uri.EscapeDataString(hash)}")
        {
            Content = JsonContent(new JsonObject { ["title"] = title }),
        }, ct);

    public Task<JsonNode> VideosAsync(int page, int limit, CancellationToken ct) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"videos?page={page}&limit={limit}"), ct);

    /// <summary>Runs a GraphQL operation; an error in the answer is the service refusing, in its words.</summary>
    public async Task<JsonNode> GraphQLAsync(string query, JsonObject variables, CancellationToken ct)
    {
        var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent(new JsonObject { ["query"] = query, ["variables"] = variables }),
        }, ct);
        if (answer["errors"] is JsonArray { Count: > 0 } errors)
        {
            var code = (string?)errors[0]!["extensions"]?["code"];
            var status = code is "AUTH_NOT_AUTHENTICATED" ? HttpStatusCode.Unauthorized : code is "AUTH_NOT_AUTHORIZED" ? HttpStatusCode.Forbidden : HttpStatusCode.BadRequest;
            throw new ServiceProblem(status, (string?)errors[0]!["message"] ?? "The service refused the operation.");
        }

        return answer["data"]!;
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private async Task<JsonNode> SendAsync(Func<HttpRequestMessage> request, CancellationToken ct)
    {
        using var message = request();
        using var response = await http.SendAsync(message, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.IsSuccessStatusCode)
        {
            return JsonNode.Parse(text) ?? new JsonObject();
        }

        throw new ServiceProblem(response.StatusCode, Detail(response, text)) { RetryAfter = response.Headers.RetryAfter?.Delta };
    }

    /// <summary>The problem document's detail (the sentence the service wrote for a person), else the status.</summary>
    private static string Detail(HttpResponseMessage response, string text)
    {
        try
        {
            // A problem document's detail, or the first error of a GraphQL answer.
            if (JsonNode.Parse(text) is JsonObject problem && (problem["detail"] ?? problem["errors"]?[0]?["message"] ?? problem["title"]) is JsonValue detail)
            {
                return (string?)detail ?? text;
            }
        }
        catch (JsonException)
        {
        }

        return $"{(int)response.StatusCode} {response.ReasonPhrase}";
    }
}
