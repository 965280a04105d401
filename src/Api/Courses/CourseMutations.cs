using VideoPlatform.Application.Courses.AssignCourseOwner;
using VideoPlatform.Api.Access;
using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Application.Courses.CreateCourse;
using VideoPlatform.Application.Courses.DeleteCourse;
using VideoPlatform.Application.Courses.PublishCourse;
using VideoPlatform.Application.Courses.UpdateCourse;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Api.Courses;

/// <summary>The GraphQL doors to the same course use cases REST calls.</summary>
public static class CourseMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<CreateCourseInputGraphType, CourseGraphType, CreateCourseHandler>(mutation, "createCourse", "course",
            [typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var result = await handler.HandleAsync(InputFields.Read<CourseChanges>(input), ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors());
            });

        MutationField.Add<UpdateCourseInputGraphType, CourseGraphType, UpdateCourseHandler>(mutation, "updateCourse", "course",
            [typeof(CourseNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var id = input.Int("Id");
                var result = await handler.HandleAsync(id, InputFields.Read<CourseChanges>(input), ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(courseId: id));
            });

        MutationField.Add<DeleteCourseInputGraphType, CourseGraphType, DeleteCourseHandler>(mutation, "deleteCourse", "course",
            [typeof(CourseNotFoundErrorGraphType)],
            async (handler, input, ct) =>
            {
                var id = input.Int("Id");
                var result = await handler.HandleAsync(id, ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(courseId: id));
            },
            "Deletes the course with its sections, lessons and course videos; the payload holds the course as it was.", policy: AccessPolicies.Admin);

        MutationField.Add<AssignCourseOwnerInputGraphType, CourseGraphType, AssignCourseOwnerHandler>(mutation, "assignCourseOwner", "course",
            [typeof(CourseNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var id = input.Int("Id");
                var result = await handler.HandleAsync(id, input.Text("OwnerId"), ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(courseId: id));
            },
            "Makes someone (their token's sub) the owner of the course, who may then change it.", policy: AccessPolicies.Admin);

        MutationField.Add<PublishCourseInputGraphType, CourseGraphType, PublishCourseHandler>(mutation, "publishCourse", "course",
            [typeof(CourseNotFoundErrorGraphType)], (handler, input, ct) => PublishAsync(handler, input, publish: true, ct),
            "Sets the course's status to published.");
        MutationField.Add<UnpublishCourseInputGraphType, CourseGraphType, PublishCourseHandler>(mutation, "unpublishCourse", "course",
            [typeof(CourseNotFoundErrorGraphType)], (handler, input, ct) => PublishAsync(handler, input, publish: false, ct),
            "Sets the course's status back to draft.");
    }

    private static async Task<Payload> PublishAsync(PublishCourseHandler handler, IDictionary<string, object?> input, bool publish, CancellationToken ct)
    {
        var id = input.Int("Id");
        var result = await handler.HandleAsync(id, publish, ct);
        return result.IsSuccess ? Payload.Of(result.Value.Course) : Payload.Failed(result.ToPayloadErrors(courseId: id));
    }
}
