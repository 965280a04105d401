using GraphQL;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Application.Courses.BrowseCourses;
using VideoPlatform.Application.Courses.GetCourse;

namespace VideoPlatform.Api.Courses;

public static class CourseQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<CoursesConnectionGraphType>("courses")
            .Paged<object?, object, CourseFilterInputGraphType, CourseSortInputGraphType>()
            .ResolveAsync(async c =>
            {
                var handler = c.RequestServices!.GetRequiredService<BrowseCoursesHandler>();
                return await Connection.ResolveAsync(c, BrowseCoursesHandler.Fields, handler.HandleAsync, handler.CountAsync);
            });

        query.Field<CourseGraphType>("course")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var result = await c.RequestServices!.GetRequiredService<GetCourseHandler>().HandleAsync(c.GetArgument<int>("id"), c.CancellationToken);
                return result.IsSuccess ? result.Value : null;
            });
    }
}
