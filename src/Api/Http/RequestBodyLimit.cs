using Microsoft.AspNetCore.Http.Features;

namespace VideoPlatform.Api.Http;

/// <summary>Request bodies (configuration section "Http").</summary>
public sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>Largest body of a request that does not say otherwise: a metadata body is a few kilobytes.
    /// Uploads and GraphQL set their own limits before they read.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Size of the blocks Kestrel reads sockets into and writes responses from (<see cref="SocketBlockPool"/>);
    /// 4096 or less keeps Kestrel's own pool of 4 KiB blocks; more than 1 MiB stops the start.</summary>
    public int SocketBlockBytes { get; set; } = 128 * 1024;
}

internal static class RequestBodyLimit
{
    /// <summary>Lowers the server's default body limit (30 MB) to what a metadata body needs, before any endpoint reads.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<HttpOptions>>().Value.MaxBodyBytes;
        return app.Use((context, next) =>
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            return next(context);
        });
    }
}
