using GraphQL;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Application.Courses;
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
                var request = ListArguments.Read(c, BrowseCoursesHandler.Fields);
                var slice = (await handler.HandleAsync(request, c.CancellationToken)).ValueOrThrow();
                return new Connection<CourseDto>(slice, ct => handler.CountAsync(request.Where, ct));
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
