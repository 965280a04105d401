using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace VideoPlatform.Api.Uploads;

/// <summary>
/// Reads a multipart chunk request section by section so the file part streams straight to its handler,
/// never held in memory. Form fields should come before the file part (as in S3's browser POST); when a
/// client sends the file first, its bytes go to a scratch file until the fields have been read.
/// </summary>
internal sealed class ChunkForm
{
    private const int MaxFieldLength = 1024;
    private const int MaxFields = 16;
    private const int ReadBufferSize = 256 * 1024;
    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    public string? this[string name] => _fields.GetValueOrDefault(name);

    /// <summary>
    /// Calls <paramref name="onFile"/> with the file part's stream and the fields read so far (all of them
    /// when the file comes last). Returns null when the request is not multipart or has no file part.
    /// </summary>
    public static async Task<TResult?> ReadAsync<TResult>(
        HttpRequest request, ChunkScratch scratch, long maxFileBytes, Func<ChunkForm, Stream, Task<TResult>> onFile,
        Func<string, int, TResult> onBadRequest, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) ||
            !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) ||
            HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return default;
        }

        var form = new ChunkForm();
        // The default 4 KiB buffer would turn each chunk into thousands of small reads and writes.
        var reader = new MultipartReader(boundary, request.Body, ReadBufferSize) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
        ScratchFile? buffered = null;
        var sections = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (++sections > MaxFields + 1)
                {
                    return onBadRequest($"A chunk request has at most {MaxFields} form fields and one file part.", StatusCodes.Status400BadRequest);
                }

                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (disposition.IsFileDisposition() || name.Equals("file", StringComparison.OrdinalIgnoreCase))
                {
                    if (form["upload_id"] is not null && form["index"] is not null)
                    {
                        return await onFile(form, section.Body);
                    }

                    if (buffered is not null)
                    {
                        return onBadRequest("A chunk request has one file part.", StatusCodes.Status400BadRequest);
                    }

                    buffered = scratch.Create();
                    switch (await CopyLimitedAsync(section.Body, buffered, maxFileBytes, ct))
                    {
                        case Copy.TooLarge:
                            return onBadRequest($"The file part is larger than the {maxFileBytes}-byte chunk limit.", StatusCodes.Status413PayloadTooLarge);
                        case Copy.NoRoom:
                            return onBadRequest("Too many chunks are arriving with the file before their fields right now; retry, or send the " +
                                                "upload_id and index fields before the file part so the bytes go straight to the upload.", StatusCodes.Status429TooManyRequests);
                    }

                    buffered.Stream.Position = 0;
                    continue;
                }

                using var text = new StreamReader(section.Body);
                var buffer = new char[MaxFieldLength + 1];
                var length = await text.ReadBlockAsync(buffer, ct);
                if (length > MaxFieldLength)
                {
                    return onBadRequest($"Form field '{Shorten(name)}' is longer than {MaxFieldLength} characters.", StatusCodes.Status400BadRequest);
                }

                form._fields[name] = new string(buffer, 0, length);
            }

            return buffered is null ? default : await onFile(form, buffered.Stream);
        }
        catch (Exception e) when (e is IOException or InvalidDataException && !ct.IsCancellationRequested)
        {
            // A body cut short or not closed by its boundary: the client's request, not our failure.
            return onBadRequest($"The multipart body is malformed or incomplete: {e.Message}", StatusCodes.Status400BadRequest);
        }
        finally
        {
            if (buffered is not null)
            {
                await buffered.DisposeAsync();
            }
        }
    }

    private enum Copy
    {
        Done,
        TooLarge,
        NoRoom,
    }

    private static async Task<Copy> CopyLimitedAsync(Stream source, ScratchFile target, long limit, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return Copy.TooLarge;
            }

            if (!target.TryGrow(read))
            {
                return Copy.NoRoom;
            }

            await target.Stream.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        return Copy.Done;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
