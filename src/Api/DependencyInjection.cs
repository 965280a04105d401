using VideoPlatform.Api.Access;
using Microsoft.AspNetCore.Http.Json;
using VideoPlatform.Api.Http;
using VideoPlatform.Api.Caching;
using VideoPlatform.Api.Uploads;

namespace VideoPlatform.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Binding failures throw, so BadRequestExceptionHandler can say what was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(RestJson.Configure);
        services.AddOptions<HttpOptions>().Bind(configuration.GetSection(HttpOptions.Section));
        services.AddSocketBlocks(configuration);
        services.AddCrossOrigin(configuration);
        services.AddAccess(configuration);
        services.AddCallerRateLimits(configuration);
        services.AddReadCache(configuration);
        services.AddOptions<ChunkScratchOptions>().Bind(configuration.GetSection("Upload"));
        services.AddSingleton<ChunkScratch>();
        services.AddHostedService(sp => sp.GetRequiredService<ChunkScratch>());
        return services;
    }
}
