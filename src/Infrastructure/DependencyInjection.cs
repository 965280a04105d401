using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics.Metrics;
using VideoPlatform.Application;
using VideoPlatform.Application.Categories;
using VideoPlatform.Application.Courses;
using VideoPlatform.Application.Lessons;
using VideoPlatform.Application.Sections;
using VideoPlatform.Application.CourseVideos;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Querying;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Application.Videos;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Videos;
using VideoPlatform.Infrastructure.Health;
using VideoPlatform.Infrastructure.Media;
using VideoPlatform.Infrastructure.Persistence;
using VideoPlatform.Infrastructure.Persistence.Copy;
using VideoPlatform.Infrastructure.Persistence.Courses;
using VideoPlatform.Infrastructure.Persistence.Schema;
using VideoPlatform.Infrastructure.Persistence.Videos;
using VideoPlatform.Infrastructure.Storage;
using VideoPlatform.Infrastructure.Storage.Uploads;

namespace VideoPlatform.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        // Prepared once, on first use (SQLite's creates the folder), not for every context a request builds.
        var courses = new Lazy<string>(() => Databases.Prepare(provider, Databases.ConnectionString(configuration, provider, "Courses")));
        var videos = new Lazy<string>(() => Databases.Prepare(provider, Databases.ConnectionString(configuration, provider, "Videos")));
        // The options depend on nothing per request, so they are built once, not for every request's context.
        services.AddDbContext<CoursesDbContext>(o => o.Use(provider, courses.Value), optionsLifetime: ServiceLifetime.Singleton);
        services.AddDbContext<VideosDbContext>(o => o.Use(provider, videos.Value), optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton<IStoreVersion>(_ => provider == DatabaseProvider.Sqlite
            ? new SqliteStoreVersion(() => courses.Value, () => videos.Value)
            : new UnwatchedStoreVersion());
        services.AddScoped<ICourseRepository, CourseRepository>();
        services.AddScoped<ICourseVideoRepository, CourseVideoRepository>();
        services.AddScoped<IVideoRepository, VideoRepository>();
        services.AddScoped<ISectionRepository, SectionRepository>();
        services.AddScoped<ILessonRepository, LessonRepository>();
        services.AddScoped<ICategoryRepository, CategoryRepository>();
        services.AddSingleton<SchemaBootstrapper>();
        // The use cases' instruments, on this host's meter (OpenTelemetry exports it; README, "Telemetry").
        services.AddSingleton(provider => new UploadMetrics(provider.GetRequiredService<IMeterFactory>().Create(ServiceTelemetry.Name)));
        services.AddSingleton(provider => new MediaMetrics(provider.GetRequiredService<IMeterFactory>().Create(ServiceTelemetry.Name)));
        services.AddSingleton<DatabaseCopier>();
        services.AddExceptionHandler<DatabaseBusyExceptionHandler>();

        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton<StorageRoot>();
        services.AddSingleton<RunningHashes>();
        services.AddSingleton<IUploadStaging, FileSystemUploadStaging>();
        services.AddMedia(configuration);
        services.AddHostedService<UploadSweeper>();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck<CoursesDbContext, CourseVideo>>("courses_db")
            .AddCheck<DatabaseHealthCheck<VideosDbContext, Video>>("videos_db")
            .AddCheck<StorageHealthCheck>("storage");
        return services;
    }

    /// <summary>Creates what this version needs in both databases; run once before serving.</summary>
    public static async Task InitializeInfrastructureAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var bootstrapper = scope.ServiceProvider.GetRequiredService<SchemaBootstrapper>();
        await bootstrapper.ApplyAsync(scope.ServiceProvider.GetRequiredService<CoursesDbContext>(), ct);
        await bootstrapper.ApplyAsync(scope.ServiceProvider.GetRequiredService<VideosDbContext>(), ct);
    }
}
