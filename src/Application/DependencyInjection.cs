using Mapster;
using MapsterMapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VideoPlatform.Application.Access;
using VideoPlatform.Application.Categories.CreateCategory;
using VideoPlatform.Application.Courses.AssignCourseOwner;
using VideoPlatform.Application.Categories.DeleteCategory;
using VideoPlatform.Application.Categories.ListCategories;
using VideoPlatform.Application.Courses.CreateCourse;
using VideoPlatform.Application.Courses.GetCourseOutline;
using VideoPlatform.Application.Courses.PublishCourse;
using VideoPlatform.Application.Lessons.AddLesson;
using VideoPlatform.Application.Media;
using VideoPlatform.Application.Media.GetProcessingStatus;
using VideoPlatform.Application.Media.GetQualities;
using VideoPlatform.Application.Media.OpenMediaFile;
using VideoPlatform.Application.Media.ProcessVideo;
using VideoPlatform.Application.Media.PublishScheduledVideos;
using VideoPlatform.Application.Media.PublishVideo;
using VideoPlatform.Application.Media.ReplaceThumbnail;
using VideoPlatform.Application.Media.RetranscodeVideo;
using VideoPlatform.Application.Lessons.DeleteLesson;
using VideoPlatform.Application.Lessons.ListLessonsOfSections;
using VideoPlatform.Application.Lessons.UpdateLesson;
using VideoPlatform.Application.Metadata.DeleteAnyVideo;
using VideoPlatform.Application.Metadata.GetAnyVideo;
using VideoPlatform.Application.Metadata.UpdateAnyVideo;
using VideoPlatform.Application.Sections.AddSection;
using VideoPlatform.Application.Sections.DeleteSection;
using VideoPlatform.Application.Sections.ListSectionsOfCourses;
using VideoPlatform.Application.Sections.UpdateSection;
using VideoPlatform.Application.Courses.DeleteCourse;
using VideoPlatform.Application.Courses.GetCourse;
using VideoPlatform.Application.Courses.GetCoursesByIds;
using VideoPlatform.Application.Courses.ListCourses;
using VideoPlatform.Application.Courses.UpdateCourse;
using VideoPlatform.Application.CourseVideos.DeleteCourseVideo;
using VideoPlatform.Application.CourseVideos.GetCourseVideo;
using VideoPlatform.Application.CourseVideos.ListCourseVideos;
using VideoPlatform.Application.CourseVideos.ListVideosOfCourse;
using VideoPlatform.Application.CourseVideos.ListVideosOfCourses;
using VideoPlatform.Application.CourseVideos.MigrateCourseVideos;
using VideoPlatform.Application.CourseVideos.UpdateCourseVideo;
using VideoPlatform.Application.CourseVideos.UpsertCourseVideo;
using VideoPlatform.Application.Paging;
using VideoPlatform.Application.Uploads;
using VideoPlatform.Application.Uploads.AbortUpload;
using VideoPlatform.Application.Uploads.AppendToUpload;
using VideoPlatform.Application.Uploads.CompleteUpload;
using VideoPlatform.Application.Uploads.GetUpload;
using VideoPlatform.Application.Uploads.GetUploadOffset;
using VideoPlatform.Application.Uploads.InitUpload;
using VideoPlatform.Application.Uploads.JoinUploads;
using VideoPlatform.Application.Uploads.SweepExpiredUploads;
using VideoPlatform.Application.Uploads.UploadChunk;
using VideoPlatform.Application.Videos.DeleteVideo;
using VideoPlatform.Application.Videos.GetVideo;
using VideoPlatform.Application.Videos.ListVideos;
using VideoPlatform.Application.Videos.UpdateVideo;
using VideoPlatform.Application.Videos.UpsertVideo;
using VideoPlatform.Domain.Uploads;

namespace VideoPlatform.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UploadOptions>()
            .Bind(configuration.GetSection(UploadOptions.Section))
            .Validate(o => o.MaxChunkBytes > 0 && o.MaxFileBytes >= o.MaxChunkBytes && o.MaxChunks is > 0 and <= UploadLimits.ChunkCountCeiling
                           && o.SessionTtl > TimeSpan.Zero && o.SweepInterval > TimeSpan.Zero,
                "Upload limits must be positive, MaxFileBytes at least MaxChunkBytes, MaxChunks at most 10000.")
            .ValidateOnStart();
        services.AddOptions<PagingOptions>().Bind(configuration.GetSection(PagingOptions.Section))
            .Validate(o => o.DefaultPageSize > 0 && o.MaxPageSize >= o.DefaultPageSize && o.MaxPageNumber > 0,
                "Paging sizes must be positive, the default no larger than the maximum.")
            .ValidateOnStart();
        services.AddSingleton(CreateMappingConfig());
        services.AddSingleton<IMapper, Mapper>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Paginator>();
        services.AddScoped<Permissions>(); // with the caller each front door registers (ICaller)

        // Handlers are injected directly into the front doors; no mediator in between.
        services.AddScoped<CreateCourseHandler>();
        services.AddScoped<ListCoursesHandler>();
        services.AddScoped<GetCourseHandler>();
        services.AddScoped<GetCoursesByIdsHandler>();
        services.AddScoped<UpdateCourseHandler>();
        services.AddScoped<AssignCourseOwnerHandler>();
        services.AddScoped<DeleteCourseHandler>();
        services.AddScoped<PublishCourseHandler>();
        services.AddScoped<GetCourseOutlineHandler>();
        services.AddScoped<AddSectionHandler>();
        services.AddScoped<UpdateSectionHandler>();
        services.AddScoped<DeleteSectionHandler>();
        services.AddScoped<ListSectionsOfCoursesHandler>();
        services.AddScoped<AddLessonHandler>();
        services.AddScoped<UpdateLessonHandler>();
        services.AddScoped<DeleteLessonHandler>();
        services.AddScoped<ListLessonsOfSectionsHandler>();
        services.AddScoped<ListCategoriesHandler>();
        services.AddScoped<CreateCategoryHandler>();
        services.AddScoped<DeleteCategoryHandler>();

        services.AddScoped<UpsertCourseVideoHandler>();
        services.AddScoped<ListCourseVideosHandler>();
        services.AddScoped<ListVideosOfCourseHandler>();
        services.AddScoped<ListVideosOfCoursesHandler>();
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
        services.AddScoped<GetAnyVideoHandler>();
        services.AddScoped<UpdateAnyVideoHandler>();
        services.AddScoped<DeleteAnyVideoHandler>();

        services.AddScoped<InitUploadHandler>();
        services.AddScoped<UploadChunkHandler>();
        services.AddScoped<CompleteUploadHandler>();
        services.AddScoped<GetUploadHandler>();
        services.AddScoped<AbortUploadHandler>();
        services.AddScoped<AppendToUploadHandler>();
        services.AddScoped<GetUploadOffsetHandler>();
        services.AddScoped<JoinUploadsHandler>();
        services.AddScoped<SweepExpiredUploadsHandler>();
        services.AddScoped<StagedUploadCleanup>();

        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section))
            .Validate(o => o.Workers is > 0 and <= 16 && o.PollInterval > TimeSpan.Zero && o.Lease > o.RenewEvery && o.RenewEvery > TimeSpan.Zero && o.ScheduleInterval > TimeSpan.Zero,
                "Media workers must be 1 to 16, and the lease longer than its renewal interval.")
            .ValidateOnStart();
        services.AddSingleton<MediaWakeup>();
        services.AddScoped<MediaLookup>();
        services.AddScoped<ProcessVideoHandler>();
        services.AddScoped<GetProcessingStatusHandler>();
        services.AddScoped<GetQualitiesHandler>();
        services.AddScoped<RetranscodeVideoHandler>();
        services.AddScoped<PublishVideoHandler>();
        services.AddScoped<PublishScheduledVideosHandler>();
        services.AddScoped<ReplaceThumbnailHandler>();
        services.AddScoped<OpenMediaFileHandler>();
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
