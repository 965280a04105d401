using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace VideoPlatform.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP at /graphql, in HotChocolate's public shape: POST application/json, GET for queries,
/// and <c>?sdl</c> for the schema (the IDE for a browser is <see cref="GraphQLIde"/>). graphql-dotnet's own
/// ASP.NET Core transport cannot be restored here, so this is the small part it would have been.
/// </summary>
public static class GraphQLEndpoint
{
    public const string TraceIdKey = "traceId";

    public const string Path = "/graphql";
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, GetAsync).WithTags("GraphQL");
        // Queries are reads; each mutation field takes its own write permit (MutationField).
        app.MapPost(Path, PostAsync).WithTags("GraphQL").DisableRateLimiting();
        app.MapMethods(Path, [HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], (HttpContext http) =>
            GraphQLResponses.TransportError(http, StatusCodes.Status405MethodNotAllowed, "GraphQL requests are sent with POST, or GET for queries.",
                "METHOD_NOT_ALLOWED", allow: "GET, POST"));
        return app;
    }

    private static async Task GetAsync(HttpContext http, IOptions<GraphQLOptions> options, ISchema schema)
    {
        var query = http.Request.Query;
        if (GraphQLIde.IsPageRequest(http.Request))
        {
            await GraphQLIde.PageResult(options.Value).ExecuteAsync(http);
            return;
        }

        if (query.ContainsKey("sdl"))
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(schema.Print(), http.RequestAborted);
            return;
        }

        if (!query.ContainsKey("query") && options.Value.EnableIde && GraphQLIde.AcceptsHtml(http.Request))
        {
            http.Response.Redirect($"{Path}/{http.Request.QueryString}");
            return;
        }

        var place = KeptOperations.Start(http, http.Request.QueryString.Value ?? string.Empty);
        if (KeptOperations.Find(http, place, place?.Raw) is { } kept)
        {
            await GraphQLResponses.WriteAsync(http, KeptOperations.Answer(http, kept), options.Value);
            return;
        }

        Inputs? variables, extensions;
        try
        {
            variables = ParseInputs(http, query["variables"]);
            extensions = ParseInputs(http, query["extensions"]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            await GraphQLResponses.TransportError(http, StatusCodes.Status400BadRequest, $"The variables or extensions parameter is not a JSON object{Where(e)}.", "HC0009")
                .ExecuteAsync(http);
            return;
        }

        var request = new GraphQLRequest
        {
            Query = query["query"], OperationName = query["operationName"], Variables = variables, Extensions = extensions,
            DocumentId = query.TryGetValue("documentId", out var documentId) ? documentId.ToString() : query.TryGetValue("id", out var id) ? id.ToString() : null,
        };
        if (await RunAsync(http, request, viaGet: true, place) is { } answer)
        {
            await GraphQLResponses.WriteAsync(http, answer, options.Value);
        }
    }

    private static async Task PostAsync(HttpContext http, IOptions<GraphQLOptions> options, IGraphQLSerializer serializer)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) ||
            !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await GraphQLResponses.TransportError(http, StatusCodes.Status415UnsupportedMediaType,
                "Send GraphQL requests as application/json: {\"query\": \"...\", \"variables\": {...}}.", "UNSUPPORTED_MEDIA_TYPE").ExecuteAsync(http);
            return;
        }

        var limit = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > limit)
        {
            await GraphQLResponses.TransportError(http, StatusCodes.Status413PayloadTooLarge, $"GraphQL requests may be at most {limit} bytes.", "HC0010")
                .ExecuteAsync(http);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        GraphQLRequest[] batch;
        bool batched;
        KeptOperations.Place? place;
        try
        {
            // A JSON array is a batch of operations (HotChocolate's and Apollo's request batching).
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            batched = body.GetBuffer().AsSpan(0, (int)body.Length).TrimStart(" \t\r\n"u8) is [(byte)'[', ..];
            place = batched ? null : KeptOperations.Start(http, body.GetBuffer().AsSpan(0, (int)body.Length));
            if (KeptOperations.Find(http, place, place?.Raw) is { } kept)
            {
                await GraphQLResponses.WriteAsync(http, KeptOperations.Answer(http, kept), options.Value);
                return;
            }

            body.Position = 0;
            batch = batched
                ? await serializer.ReadAsync<GraphQLRequest[]>(body, http.RequestAborted) ?? []
                : [await serializer.ReadAsync<GraphQLRequest>(body, http.RequestAborted) ?? new GraphQLRequest()];
            PersistedQueries.ReadOperationIds(body.GetBuffer().AsMemory(0, (int)body.Length), batch);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            await GraphQLResponses.TransportError(http, StatusCodes.Status400BadRequest, "The body is not a GraphQL request: send a JSON object with query (a string) and, if needed, operationName, " +
                $"variables (an object) and extensions (an object), or an array of such objects{Where(e)}.", "HC0009")
                .ExecuteAsync(http);
            return;
        }

        if (!batched)
        {
            await GraphQLResponses.WriteAsync(http, (await RunAsync(http, batch[0], viaGet: false, place))!, options.Value);
            return;
        }

        if (batch.Length == 0 || batch.Length > options.Value.MaxBatchSize)
        {
            await GraphQLResponses.TransportError(http, StatusCodes.Status400BadRequest,
                $"A batch holds 1 to {options.Value.MaxBatchSize} operations; this one has {batch.Length}. Send the rest in another request.", "BATCH_TOO_LARGE")
                .ExecuteAsync(http);
            return;
        }

        // One after another, on the request's services: each operation meets every limit on its own.
        var answers = new List<GraphQLResponses.Answer>();
        foreach (var request in batch)
        {
            answers.Add((await RunAsync(http, request ?? new GraphQLRequest(), viaGet: false))!);
        }

        await GraphQLResponses.WriteBatchAsync(http, answers, options.Value);
    }

    /// <summary>One operation, to its answer; null when it was refused with a transport error already written.</summary>
    private static async Task<GraphQLResponses.Answer?> RunAsync(HttpContext http, GraphQLRequest sent, bool viaGet, KeptOperations.Place? place = null)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var (request, refusal) = services.GetRequiredService<PersistedQueries>().Resolve(sent);
        if (request is null)
        {
            return refusal;
        }

        place = KeptOperations.Resolve(http, place, sent, request);
        if (KeptOperations.Find(http, place, place?.Resolved) is { } kept)
        {
            // Found in another form than this one: kept under this form too.
            KeptOperations.Keep(http, place!, kept);
            return KeptOperations.Answer(http, kept);
        }

        // Parsed and measured here, before any validation rule runs, so a document too large to validate
        // cheaply is refused unvalidated, and a mutation sent with GET is refused before anything runs. On a
        // syntax error the executer parses again and reports it in the GraphQL way.
        var cache = services.GetRequiredService<DocumentCache>();
        var document = cache.Find(request.Query, request.OperationName);
        var cached = document is not null;
        if (document is null && !string.IsNullOrWhiteSpace(request.Query))
        {
            try
            {
                document = GraphQLParser.Parser.Parse(request.Query, new ParserOptions { MaxDepth = options.MaxNesting });
            }
            catch (GraphQLMaxDepthExceededException)
            {
                return GraphQLResponses.Refused(
                    $"The query nests deeper than {options.MaxNesting} levels (selections, lists or objects); flatten it.", "MAX_NESTING_EXCEEDED");
            }
            catch (GraphQLSyntaxErrorException)
            {
            }

            if (document is not null && DocumentLimits.Check(document, options) is { } tooLarge)
            {
                return GraphQLResponses.Refused(tooLarge, "QUERY_TOO_LARGE");
            }
        }

        var operation = document is null ? null : SelectOperation(document, request.OperationName);
        if (viaGet && operation?.Operation == OperationType.Mutation)
        {
            await GraphQLResponses.TransportError(http, StatusCodes.Status405MethodNotAllowed, "Mutations are sent with POST; GET is for queries only.",
                "METHOD_NOT_ALLOWED", allow: "POST").ExecuteAsync(http);
            return null;
        }

        var name = request.OperationName ?? operation?.Name?.StringValue;
        var type = operation?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "unknown",
        };
        // The span's name is built only when something listens: this runs for every request.
        using var span = Application.ServiceTelemetry.Traces.HasListeners()
            ? Application.ServiceTelemetry.Traces.StartActivity(name is null ? $"graphql {type}" : $"graphql {type} {name}")
            : null;
        span?.SetTag("graphql.operation.name", name);
        span?.SetTag("graphql.operation.type", type);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // The id REST's problem documents carry as trace_id, so a masked GraphQL error can be found in the log.
        var userContext = new Dictionary<string, object?> { [TraceIdKey] = Http.RequestLog.TraceIdOf(http) };
        var result = await services.GetRequiredService<IDocumentExecuter<AppSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = http.User,
            UserContext = userContext,
            CancellationToken = http.RequestAborted,
            Timeout = options.ExecutionTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            // A cached document passed every rule before, for this operation (graphql-dotnet's own convention
            // for cached documents); its variables are still checked when they are coerced, and page sizes are capped.
            ValidationRules = cached ? [] : [.. DocumentValidator.CoreRules, SubscriptionsUnsupported.Instance, services.GetRequiredService<ComplexityValidationRule>()],
        });

        var succeeded = result.Executed && result.Errors is not { Count: > 0 };
        services.GetRequiredService<Telemetry.GraphQLMetrics>().Executed(name, type, succeeded, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        span?.SetStatus(succeeded ? System.Diagnostics.ActivityStatusCode.Ok : System.Diagnostics.ActivityStatusCode.Error);

        if (!cached && result.Executed && document is not null)
        {
            cache.Remember(request.Query!, request.OperationName, document);
        }

        // A request that never ran (syntax or validation errors) is a bad request. A query's answer is kept
        // only when it has no errors at all: errors may be passing (a timeout, a busy database).
        return new(result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, result)
        {
            KeepAs = succeeded && operation?.Operation == OperationType.Query && KeptOperations.MayKeep(userContext) ? place : null,
            OperationName = name,
        };
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? name) =>
        document.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => string.IsNullOrEmpty(name) || o.Name?.StringValue == name);

    /// <summary>Where a JSON reader stopped, in the client's terms (never .NET's type names).</summary>
    private static string Where(Exception e) => e is JsonException { LineNumber: { } line, BytePositionInLine: { } position }
        ? $"; the problem is at line {line + 1}, position {position + 1}"
        : string.Empty;

    private static Inputs? ParseInputs(HttpContext http, string? json) =>
        string.IsNullOrWhiteSpace(json) ? null : http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(json);
}
