using GraphQL;
using GraphQL.Execution;
using Microsoft.Net.Http.Headers;

namespace VideoPlatform.Api.GraphQL;

/// <summary>How answers to GraphQL requests are written: one, or a batch as a JSON array, within the response size limit.</summary>
public static class GraphQLResponses
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>An operation's result and the HTTP status it earns when it is answered alone.</summary>
    public sealed record Answer(int Status, ExecutionResult Result)
    {
        /// <summary>The answer as written before, from the read cache, in place of <see cref="Result"/>.</summary>
        public Caching.CachedAnswer? Kept { get; init; }

        /// <summary>Where the written answer is to be kept (a query that succeeded), if anywhere.</summary>
        public KeptOperations.Place? KeepAs { get; init; }

        public string? OperationName { get; init; }
    }

    /// <summary>A request refused before execution, as a GraphQL error.</summary>
    public static Answer Refused(string message, string code) =>
        new(StatusCodes.Status400BadRequest, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });

    /// <summary>
    /// Serialises into a buffer of at most <see cref="GraphQLOptions.MaxResponseBytes"/> first, so a response
    /// that would be too large becomes an error that says so, instead of megabytes a client did not mean to ask for.
    /// </summary>
    public static async Task WriteAsync(HttpContext http, Answer answer, GraphQLOptions options)
    {
        if (answer.Kept is { } kept)
        {
            // Written before within the limit: no buffer needed; the media type is this request's choice.
            await Caching.CachedReads.WriteAsync(http, kept, $"{ResponseMediaType(http.Request)}; charset=utf-8");
            return;
        }

        var written = await WriteBufferedAsync(http, answer.Status, options,
            (serializer, buffer) => serializer.WriteAsync(buffer, answer.Result, http.RequestAborted), copy: answer.KeepAs is not null);
        if (written is not null && answer.KeepAs is { } place)
        {
            KeptOperations.Keep(http, place, new Caching.CachedAnswer(written, null, answer.OperationName));
        }
    }

    /// <summary>A batch's answers in order, as one JSON array; 200, since each answer says how it went.</summary>
    public static Task WriteBatchAsync(HttpContext http, IReadOnlyList<Answer> answers, GraphQLOptions options) =>
        WriteBufferedAsync(http, StatusCodes.Status200OK, options, async (serializer, buffer) =>
        {
            buffer.WriteByte((byte)'[');
            for (var i = 0; i < answers.Count; i++)
            {
                if (i > 0)
                {
                    buffer.WriteByte((byte)',');
                }

                await serializer.WriteAsync(buffer, answers[i].Result, http.RequestAborted);
            }

            buffer.WriteByte((byte)']');
        });

    /// <summary>A copy of the bytes written when asked for; null when the answer outgrew the limit and an error went out instead.</summary>
    private static async Task<byte[]?> WriteBufferedAsync(HttpContext http, int status, GraphQLOptions options, Func<IGraphQLSerializer, Stream, Task> write, bool copy = false)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        using var buffer = new CappedBuffer(options.MaxResponseBytes);
        try
        {
            await write(serializer, buffer);
        }
        catch (CappedBuffer.FullException)
        {
            var tooLarge = Refused($"The response would be larger than {options.MaxResponseBytes} bytes; select fewer fields, or smaller pages.", "RESPONSE_TOO_LARGE");
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = $"{ResponseMediaType(http.Request)}; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, tooLarge.Result, http.RequestAborted);
            return null;
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = $"{ResponseMediaType(http.Request)}; charset=utf-8";
        http.Response.ContentLength = buffer.Length;
        await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), http.RequestAborted);
        return copy ? buffer.ToArray() : null;
    }

    /// <summary>
    /// A failure before GraphQL runs: an RFC 9457 problem document that also carries a GraphQL
    /// <c>errors</c> list, so both problem-aware and GraphQL clients read it.
    /// </summary>
    public static IResult TransportError(HttpContext http, int status, string detail, string code, string? allow = null)
    {
        if (allow is not null)
        {
            http.Response.Headers.Allow = allow;
        }

        return TypedResults.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?>
        {
            ["errors"] = new[] { new { message = detail, extensions = new { code } } },
        });
    }

    /// <summary>application/graphql-response+json unless the client accepts only application/json.</summary>
    private static string ResponseMediaType(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        if (accepted.Count == 0)
        {
            return GraphQLResponseJson;
        }

        foreach (var media in accepted.OrderByDescending(m => m.Quality ?? 1))
        {
            if (media.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) ||
                media.MediaType.Equals("*/*", StringComparison.Ordinal) || media.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            {
                return "application/json";
            }
        }

        return GraphQLResponseJson;
    }

}
