using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.Application.Media;
using VideoPlatform.Infrastructure.Persistence;

namespace VideoPlatform.Infrastructure.Media;

internal static class MediaRegistration
{
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaToolOptions>().Bind(configuration.GetSection(MediaOptions.Section));
        services.AddSingleton<IMediaTools, FfmpegTools>();
        services.AddSingleton<IMediaLibrary, FileSystemMediaLibrary>();
        services.AddScoped<IProcessingQueue, ProcessingQueue>();
        services.AddHostedService<MediaWorker>();
        services.AddHostedService<ScheduledPublisher>();
        services.AddHealthChecks().AddCheck<MediaToolsHealthCheck>("media");
        return services;
    }
}
