using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using VideoPlatform.Api.Http;

namespace VideoPlatform.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();

        // Binding failures throw, so BadRequestExceptionHandler can say what was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        // The deployed clients speak snake_case JSON (CONTRACT.md).
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.PropertyNameCaseInsensitive = false;
            o.SerializerOptions.Converters.Add(new PythonIsoDateTimeConverter());
        });
        return services;
    }
}
