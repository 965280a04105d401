using GraphQL.Types;
using VideoPlatform.Api.GraphQL;
using VideoPlatform.Api.GraphQL.Errors;
using VideoPlatform.Application.Sections.AddSection;
using VideoPlatform.Application.Sections.DeleteSection;
using VideoPlatform.Application.Sections.UpdateSection;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Api.Sections;

/// <summary>The GraphQL doors to the section use cases REST calls.</summary>
public static class SectionMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<AddSectionInputGraphType, SectionGraphType, AddSectionHandler>(mutation, "addSection", "section",
            [typeof(CourseNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var courseId = input.Int("CourseId");
                var result = await handler.HandleAsync(courseId, InputFields.Read<SectionChanges>(input), ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(courseId: courseId));
            });

        MutationField.Add<UpdateSectionInputGraphType, SectionGraphType, UpdateSectionHandler>(mutation, "updateSection", "section",
            [typeof(SectionNotFoundErrorGraphType), typeof(ValidationErrorGraphType)],
            async (handler, input, ct) =>
            {
                var sectionId = input.Int("SectionId");
                var result = await handler.HandleAsync(input.Int("CourseId"), sectionId, InputFields.Read<SectionChanges>(input), ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(notFound: m => new SectionNotFound(m, sectionId)));
            });

        MutationField.Add<DeleteSectionInputGraphType, SectionGraphType, DeleteSectionHandler>(mutation, "deleteSection", "section",
            [typeof(SectionNotFoundErrorGraphType)],
            async (handler, input, ct) =>
            {
                var sectionId = input.Int("SectionId");
                var result = await handler.HandleAsync(input.Int("CourseId"), sectionId, ct);
                return result.IsSuccess ? Payload.Of(result.Value) : Payload.Failed(result.ToPayloadErrors(notFound: m => new SectionNotFound(m, sectionId)));
            },
            "Deletes the section with its lessons; the payload holds the section as it was.");
    }
}
