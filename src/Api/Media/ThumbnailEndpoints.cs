using VideoPlatform.Api.Access;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using VideoPlatform.Api.Http;
using VideoPlatform.Application.Media.ReplaceThumbnail;

namespace VideoPlatform.Api.Media;

/// <summary><c>POST /thumbnail/{hash}</c>: a thumbnail someone chose, as a multipart <c>file</c> part (the old streaming service's call).</summary>
public static class ThumbnailEndpoints
{
    private static readonly FormOptions ImageForm = new()
    {
        ValueCountLimit = 8,
        MultipartBodyLengthLimit = ReplaceThumbnailHandler.MaxBytes + 64 * 1024,
        MultipartHeadersLengthLimit = 16 * 1024,
    };

    public static IEndpointRouteBuilder MapThumbnails(this IEndpointRouteBuilder app)
    {
        app.MapPost("/thumbnail/{hash}", ReplaceAsync).WithTags("Streaming").DisableAntiforgery().RequireAuthorization(AccessPolicies.Author)
            .WithSummary("Replace a video's thumbnail");
        return app;
    }

    private static async Task<Results<Ok<ThumbnailResponse>, ProblemHttpResult>> ReplaceAsync(
        string hash, HttpRequest request, ReplaceThumbnailHandler handler, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(detail: "Send the image as multipart/form-data, in a part named 'file'.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = ImageForm.MultipartBodyLengthLimit;
        }

        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(ImageForm, ct)).Files.GetFile("file");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException && !ct.IsCancellationRequested)
        {
            return TypedResults.Problem(detail: $"The image may be at most {ReplaceThumbnailHandler.MaxBytes} bytes, sent as one part named 'file' ({e.Message}).",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (file is null || file.Length == 0)
        {
            return TypedResults.Problem(detail: "Send the image in a multipart part named 'file'.", statusCode: StatusCodes.Status400BadRequest);
        }

        await using var image = file.OpenReadStream();
        var result = await handler.HandleAsync(hash, image, ct);
        return result.IsSuccess ? TypedResults.Ok(new ThumbnailResponse(result.Value)) : result.ToProblem();
    }
}

public sealed record ThumbnailResponse(string ThumbnailFilename);
