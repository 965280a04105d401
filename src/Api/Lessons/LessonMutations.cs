using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Application.Lessons.AddLesson;
using VideoPlatform.Application.Lessons.DeleteLesson;
using VideoPlatform.Application.Lessons.UpdateLesson;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Api.Lessons;

/// <summary>The GraphQL doors to the lesson use cases REST calls.</summary>
public static class LessonMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<AddLessonInputGraphType, LessonGraphType, AddLessonHandler>(mutation, "addLesson", "lesson",
            [typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var result = await handler.HandleAsync(input.Int("CourseId"), InputFields.Read<LessonChanges>(input), ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors());
            },
            "Adds a lesson to one of the course's sections.");

        MutationField.Add<UpdateLessonInputGraphType, LessonGraphType, UpdateLessonHandler>(mutation, "updateLesson", "lesson",
            [typeof(LessonNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var lessonId = input.Int("LessonId");
                var result = await handler.HandleAsync(input.Int("CourseId"), lessonId, InputFields.Read<LessonChanges>(input), ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(notFound: m => new LessonNotFound(m, lessonId)));
            });

        MutationField.Add<DeleteLessonInputGraphType, LessonGraphType, DeleteLessonHandler>(mutation, "deleteLesson", "lesson",
            [typeof(LessonNotFoundErrorGraphType)],
            async (handler, input, ct) =>
            {
                var lessonId = input.Int("LessonId");
                var result = await handler.HandleAsync(input.Int("CourseId"), lessonId, ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(notFound: m => new LessonNotFound(m, lessonId)));
            });
    }
}
