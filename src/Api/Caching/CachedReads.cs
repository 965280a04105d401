
namespace VideoPlatform.Api.Caching;

/// <summary>
/// REST's anonymous GETs marked <see cref="CachedUntilChanged{TBuilder}"/>: the answer to a path and query string
/// is kept (<see cref="ReadCache"/>) and written again from memory until the stores change. Only the body and
/// its content type are kept; every other header is the pipeline's, per request (CORS, trace ids).
/// </summary>
public static class CachedReads
{
    public static IServiceCollection AddReadCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReadCacheOptions>().Bind(configuration.GetSection(ReadCacheOptions.Section));
        return services.AddSingleton<ReadCache>();
    }

    /// <summary>Marks a read whose answer depends only on its path, its query string and the stored data.</summary>
    public static TBuilder CachedUntilChanged<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Marker.Instance);

    public static IApplicationBuilder UseReadCache(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        var cache = http.RequestServices.GetRequiredService<ReadCache>();
        if (http.GetEndpoint()?.Metadata.GetMetadata<Marker>() is null || !HttpMethods.IsGet(request.Method) ||
            cache.VersionFor(request, request.Path.Value!.Length + (request.QueryString.Value?.Length ?? 0)) is not { } version)
        {
            await next(http);
            return;
        }

        var key = request.Path.Value + request.QueryString.Value;
        if (cache.Find(key, version) is { } kept)
        {
            await WriteAsync(http, kept);
            return;
        }

        var original = http.Response.Body;
        await using var copy = new CopyingStream(original, cache.Options.MaxAnswerBytes);
        http.Response.Body = copy;
        try
        {
            await next(http);
            await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
        }
        finally
        {
            http.Response.Body = original;
        }

        if (http.Response.StatusCode == StatusCodes.Status200OK && copy.Copy is { } body && !http.Response.Headers.ContainsKey("Set-Cookie"))
        {
            cache.Keep(key, version, new CachedAnswer(body, http.Response.ContentType));
        }
    });

    /// <summary>A kept answer, as it was first written; <paramref name="contentType"/> when the request chose another.</summary>
    public static async Task WriteAsync(HttpContext http, CachedAnswer answer, string? contentType = null)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = contentType ?? answer.ContentType;
        http.Response.ContentLength = answer.Body.Length;
        await http.Response.Body.WriteAsync(answer.Body, http.RequestAborted);
    }

    private sealed class Marker
    {
        public static readonly Marker Instance = new();
    }
}
