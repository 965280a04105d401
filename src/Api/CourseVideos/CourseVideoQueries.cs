using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Application.CourseVideos.GetCourseVideo;
using VideoPlatform.Application.CourseVideos.ListCourseVideos;

namespace VideoPlatform.Api.CourseVideos;

public static class CourseVideoQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<CourseVideosConnectionGraphType>("courseVideos")
            .Description("Course videos in courses.db, of one course when courseId is given. Course.videos also lists legacy rows still in videos.db.")
            .Argument<IntGraphType>("courseId")
            .Paged<object?, object, CourseVideoFilterInputGraphType, CourseVideoSortInputGraphType>()
            .Resolve().WithService<ListCourseVideosHandler>()
            .ResolveAsync(async (c, handler) =>
            {
                var courseId = c.GetArgument<int?>("courseId");
                return await Connection.ResolveAsync(c, ListCourseVideosHandler.Fields, (query, ct) => handler.HandleAsync(courseId, query, ct));
            });

        query.Field<CourseVideoGraphType>("courseVideo")
            .Argument<NonNullGraphType<StringGraphType>>("hash")
            .Resolve().WithService<GetCourseVideoHandler>()
            .ResolveAsync(async (c, handler) =>
            {
                var result = await handler.HandleAsync(c.GetArgument<string>("hash"), c.CancellationToken);
                return result.IsSuccess ? result.Value : null;
            });
    }
}
