using GraphQL;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Application.CourseVideos.BrowseCourseVideos;
using VideoPlatform.Application.CourseVideos.GetCourseVideo;

namespace VideoPlatform.Api.CourseVideos;

public static class CourseVideoQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<CourseVideosConnectionGraphType>("courseVideos")
            .Description("Course videos in courses.db, of one course when courseId is given. Course.videos also lists legacy rows still in videos.db.")
            .Argument<IntGraphType>("courseId")
            .Paged<object?, object, CourseVideoFilterInputGraphType, CourseVideoSortInputGraphType>()
            .ResolveAsync(async c =>
            {
                var handler = c.RequestServices!.GetRequiredService<BrowseCourseVideosHandler>();
                var courseId = c.GetArgument<int?>("courseId");
                return await Connection.ResolveAsync(c, BrowseCourseVideosHandler.Fields,
                    (request, ct) => handler.HandleAsync(courseId, request, ct), (where, ct) => handler.CountAsync(courseId, where, ct));
            });

        query.Field<CourseVideoGraphType>("courseVideo")
            .Argument<NonNullGraphType<StringGraphType>>("hash")
            .ResolveAsync(async c =>
            {
                var result = await c.RequestServices!.GetRequiredService<GetCourseVideoHandler>().HandleAsync(c.GetArgument<string>("hash"), c.CancellationToken);
                return result.IsSuccess ? result.Value : null;
            });
    }
}
