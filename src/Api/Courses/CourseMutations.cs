using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Application.Courses.CreateCourse;
using VideoPlatform.Application.Courses.DeleteCourse;
using VideoPlatform.Application.Courses.UpdateCourse;

namespace VideoPlatform.Api.Courses;

/// <summary>The GraphQL doors to the same course use cases REST calls.</summary>
public static class CourseMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<CreateCourseInputGraphType, CourseGraphType>(mutation, "createCourse", "course",
            [typeof(ValidationErrorGraphType)],
            async (c, input) =>
            {
                var result = await c.RequestServices!.GetRequiredService<CreateCourseHandler>().HandleAsync(CourseInputs.Read(input), c.CancellationToken);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors());
            });

        MutationField.Add<UpdateCourseInputGraphType, CourseGraphType>(mutation, "updateCourse", "course",
            [typeof(CourseNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (c, input) =>
            {
                var id = input.Get<int>("id");
                var result = await c.RequestServices!.GetRequiredService<UpdateCourseHandler>().HandleAsync(id, CourseInputs.Read(input), c.CancellationToken);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(courseId: id));
            });

        MutationField.Add<DeleteCourseInputGraphType, CourseGraphType>(mutation, "deleteCourse", "course",
            [typeof(CourseNotFoundErrorGraphType)],
            async (c, input) =>
            {
                var id = input.Get<int>("id");
                var result = await c.RequestServices!.GetRequiredService<DeleteCourseHandler>().HandleAsync(id, c.CancellationToken);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(courseId: id));
            },
            "Deletes the course and its course videos; the payload holds the course as it was.");
    }
}
