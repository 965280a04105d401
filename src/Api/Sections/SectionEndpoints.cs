using VideoPlatform.Api.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Sections.AddSection;
using VideoPlatform.Application.Sections.DeleteSection;
using VideoPlatform.Application.Sections.UpdateSection;
using VideoPlatform.Domain.Courses;

namespace VideoPlatform.Api.Sections;

/// <summary>A course's sections, as the old course service served them.</summary>
public static class SectionEndpoints
{
    public static IEndpointRouteBuilder MapSections(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/courses/{courseId:int}/sections").WithTags("Sections");
        group.MapPost("/", AddAsync).RequireAuthorization(AccessPolicies.Author).WithSummary("Add a section to a course");
        group.MapPut("/{sectionId:int}", UpdateAsync).RequireAuthorization(AccessPolicies.Author).WithSummary("Change a section");
        group.MapDelete("/{sectionId:int}", DeleteAsync).RequireAuthorization(AccessPolicies.Author).WithSummary("Delete a section with its lessons");
        return app;
    }

    private static async Task<Results<Created<SectionAddedResponse>, ProblemHttpResult>> AddAsync(
        int courseId, SectionChanges body, AddSectionHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(courseId, body, ct);
        return result.IsSuccess
            ? TypedResults.Created($"/api/courses/{courseId}/sections/{result.Value.Id}", new SectionAddedResponse(result.Value.Id, "Section added successfully"))
            : result.ToProblem();
    }

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> UpdateAsync(
        int courseId, int sectionId, SectionChanges body, UpdateSectionHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(courseId, sectionId, body, ct);
        return result.IsSuccess ? TypedResults.Ok(new MessageResponse("Section updated successfully")) : result.ToProblem();
    }

    private static async Task<Results<Ok<MessageResponse>, ProblemHttpResult>> DeleteAsync(
        int courseId, int sectionId, DeleteSectionHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(courseId, sectionId, ct);
        return result.IsSuccess ? TypedResults.Ok(new MessageResponse("Section deleted successfully")) : result.ToProblem();
    }
}

public sealed record SectionAddedResponse(int SectionId, string Message);
