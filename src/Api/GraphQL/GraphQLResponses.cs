using GraphQL;
using GraphQL.Execution;
using Microsoft.Net.Http.Headers;

namespace VideoPlatform.Api.GraphQL;

/// <summary>How answers to GraphQL requests are written: one, or a batch as a JSON array, within the response size limit.</summary>
public static class GraphQLResponses
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>An operation's result and the HTTP status it earns when it is answered alone.</summary>
    public sealed record Answer(int Status, ExecutionResult Result);

    /// <summary>A request refused before execution, as a GraphQL error.</summary>
    public static Answer Refused(string message, string code) =>
        new(StatusCodes.Status400BadRequest, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });

    /// <summary>
    /// Serialises into a buffer of at most <see cref="GraphQLOptions.MaxResponseBytes"/> first, so a response
    /// that would be too large becomes an error that says so, instead of megabytes a client did not mean to ask for.
    /// </summary>
    public static Task WriteAsync(HttpContext http, Answer answer, GraphQLOptions options) =>
        WriteBufferedAsync(http, answer.Status, options, (serializer, buffer) => serializer.WriteAsync(buffer, answer.Result, http.RequestAborted));

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

    private static async Task WriteBufferedAsync(HttpContext http, int status, GraphQLOptions options, Func<IGraphQLSerializer, Stream, Task> write)
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
            return;
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = $"{ResponseMediaType(http.Request)}; charset=utf-8";
        http.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
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
