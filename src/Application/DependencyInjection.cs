using Mapster;
using MapsterMapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.Application.Courses.BrowseCourses;
using VideoPlatform.Application.Courses.CreateCourse;
using VideoPlatform.Application.CourseVideos.BrowseCourseVideos;
using VideoPlatform.Application.Querying;
using VideoPlatform.Application.Videos.BrowseVideos;
using VideoPlatform.Application.Courses.DeleteCourse;
using VideoPlatform.Application.Courses.GetCourse;
using VideoPlatform.Application.Courses.ListCourses;
using VideoPlatform.Application.Courses.UpdateCourse;
using VideoPlatform.Application.CourseVideos.DeleteCourseVideo;
using VideoPlatform.Application.CourseVideos.GetCourseVideo;
using VideoPlatform.Application.CourseVideos.MigrateCourseVideos;
using VideoPlatform.Application.CourseVideos.ListCourseVideos;
using VideoPlatform.Application.CourseVideos.UpdateCourseVideo;
using VideoPlatform.Application.CourseVideos.UpsertCourseVideo;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Application.Uploads.AbortUpload;
using VideoPlatform.Application.Uploads.CompleteUpload;
using VideoPlatform.Application.Uploads.GetUpload;
using VideoPlatform.Application.Uploads.InitUpload;
using VideoPlatform.Application.Uploads.SweepExpiredUploads;
using VideoPlatform.Application.Uploads.UploadChunk;
using VideoPlatform.Application.Videos.DeleteVideo;
using VideoPlatform.Application.Videos.GetVideo;
using VideoPlatform.Application.Videos.ListVideos;
using VideoPlatform.Application.Videos.UpdateVideo;
using VideoPlatform.Application.Videos.UpsertVideo;

namespace VideoPlatform.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UploadOptions>()
            .Bind(configuration.GetSection(UploadOptions.Section))
            .Validate(o => o.MaxChunkBytes > 0 && o.MaxFileBytes >= o.MaxChunkBytes && o.MaxChunks is > 0 and <= UploadOptions.ChunkCountCeiling
                           && o.SessionTtl > TimeSpan.Zero && o.SweepInterval > TimeSpan.Zero,
                "Upload limits must be positive, MaxFileBytes at least MaxChunkBytes, MaxChunks at most 10000.")
            .ValidateOnStart();
        services.AddSingleton(CreateMappingConfig());
        services.AddSingleton<IMapper, Mapper>();
        services.AddSingleton(TimeProvider.System);

        // Handlers are injected directly into the front doors; no mediator in between.
        services.AddOptions<PagingOptions>().Bind(configuration.GetSection(PagingOptions.Section))
            .Validate(o => o.DefaultPageSize > 0 && o.MaxPageSize >= o.DefaultPageSize, "Paging sizes must be positive, the default no larger than the maximum.")
            .ValidateOnStart();
        services.AddSingleton<CursorPaging>();
        services.AddScoped<BrowseCoursesHandler>();
        services.AddScoped<BrowseCourseVideosHandler>();
        services.AddScoped<BrowseVideosHandler>();
        services.AddScoped<CreateCourseHandler>();
        services.AddScoped<ListCoursesHandler>();
        services.AddScoped<GetCourseHandler>();
        services.AddScoped<UpdateCourseHandler>();
        services.AddScoped<DeleteCourseHandler>();
        services.AddScoped<UpsertCourseVideoHandler>();
        services.AddScoped<ListCourseVideosHandler>();
        services.AddScoped<GetCourseVideoHandler>();
        services.AddScoped<UpdateCourseVideoHandler>();
        services.AddScoped<DeleteCourseVideoHandler>();
        services.AddScoped<MigrateCourseVideosHandler>();
        services.AddSingleton<MigrationCheckpoints>();
        services.AddScoped<UpsertVideoHandler>();
        services.AddScoped<ListVideosHandler>();
        services.AddScoped<GetVideoHandler>();
        services.AddScoped<UpdateVideoHandler>();
        services.AddScoped<DeleteVideoHandler>();
        services.AddScoped<InitUploadHandler>();
        services.AddScoped<UploadChunkHandler>();
        services.AddScoped<CompleteUploadHandler>();
        services.AddScoped<GetUploadHandler>();
        services.AddScoped<AbortUploadHandler>();
        services.AddScoped<SweepExpiredUploadsHandler>();
        return services;
    }

    public static TypeAdapterConfig CreateMappingConfig()
    {
        var config = new TypeAdapterConfig();
        config.Scan(typeof(DependencyInjection).Assembly);
        config.Compile();
        return config;
    }
}
