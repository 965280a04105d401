using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL.Connections;
using VideoPlatform.Api.GraphQL.Filtering;
using VideoPlatform.Application.Courses.GetCourse;
using VideoPlatform.Application.Courses.ListCourses;

namespace VideoPlatform.Api.Courses;

public static class CourseQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<CoursesConnectionGraphType>("courses")
            .Paged<object?, object, CourseFilterInputGraphType, CourseSortInputGraphType>()
            .Resolve().WithService<ListCoursesHandler>()
            .ResolveAsync(async (c, handler) => await Connection.ResolveAsync(c, ListCoursesHandler.Fields, handler.HandleAsync));

        query.Field<CourseGraphType>("course")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .Resolve().WithService<GetCourseHandler>()
            .ResolveAsync(async (c, handler) =>
            {
                var result = await handler.HandleAsync(c.GetArgument<int>("id"), c.CancellationToken);
                return result.IsSuccess ? result.Value : null;
            });
    }
}
