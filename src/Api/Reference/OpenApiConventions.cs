using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Api.Reference;

/// <summary>What the generated document cannot know from the endpoints alone: the wire's own quirks and the shared error shape.</summary>
internal static class OpenApiConventions
{
    public const string ProblemSchema = "ProblemDetails";
    private const string Bearer = "Bearer";

    /// <summary>
    /// How a caller proves who it is (docs/access.md): a JWT bearer token or an API key header. An operation that
    /// needs one says so, with the role its policy asks for.
    /// </summary>
    public static Task DescribeAccess(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var policies = context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
            .Select(a => a.Policy).OfType<string>().Distinct().ToList();
        if (policies.Count == 0)
        {
            return Task.CompletedTask;
        }

        var document = context.Document;
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = policies },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Access.ApiKeyAuthenticationHandler.SchemeName, document)] = policies },
        ];
        operation.Description = $"Needs a caller the `{string.Join("`, `", policies)}` policy admits (docs/access.md).";
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every operation gets an id (its method and route: <c>getApiCoursesById</c>, stable and unique because
    /// routes are) and its error answers: any 4xx or 5xx is an RFC 9457 problem document.
    /// </summary>
    public static Task DescribeOperations(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT", Description = "A token whose role claim is student, instructor or admin.",
        };
        document.Components.SecuritySchemes[Access.ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = Access.ApiKeyAuthenticationHandler.Header, Description = "A key from Auth:ApiKeys.",
        };
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                operation.OperationId ??= OperationId(method.Method, path);
                operation.Responses ??= new OpenApiResponses();
                foreach (var (status, description) in new[] { ("4XX", "The request cannot be done as sent; detail says why."), ("5XX", "The service cannot do it now; try again later.") })
                {
                    operation.Responses[status] = new OpenApiResponse
                    {
                        Description = description,
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
                        },
                    };
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A video's flags are 0 or 1 on the REST wire (the old services' SQLite integers), not JSON booleans.</summary>
    public static Task DescribeVideoFlags(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = context.JsonTypeInfo.Type;
        if (!typeof(VideoDto).IsAssignableFrom(type) && !typeof(VideoChanges).IsAssignableFrom(type))
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.PropertyType == typeof(bool) || p.PropertyType == typeof(bool?)))
        {
            if (schema.Properties?.TryGetValue(property.Name, out var flag) == true && flag is OpenApiSchema flagSchema)
            {
                flagSchema.Type = property.PropertyType == typeof(bool) ? JsonSchemaType.Integer : JsonSchemaType.Integer | JsonSchemaType.Null;
                flagSchema.Enum = [JsonValue.Create(0), JsonValue.Create(1)];
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details, with the request's trace_id and, for invalid input, errors by field (snake_case).",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong and what to do about it." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["trace_id"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Find the request in the service's log by it." },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    private static string OperationId(string method, string path)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var parameter = segment.StartsWith('{');
            var words = segment.Trim('{', '}').Split('-', '.', '_');
            id.Append(parameter ? "By" : string.Empty);
            foreach (var word in words.Where(w => w.Length > 0))
            {
                id.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
        }

        return id.ToString();
    }
}
