using System.Buffers;
using VideoPlatform.Application.Validation;

namespace VideoPlatform.Application.Metadata;

/// <summary>The body of POST /videos and POST /course-videos: an upsert keyed by hash.</summary>
public sealed record NewVideo : VideoFields
{
    // Hashes end up in storage paths (originals/{course}/{hash}/...), so only path-safe characters.
    private static readonly SearchValues<char> HashCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    public string? Hash { get; init; }
    public string? Filename { get; init; }

    internal FieldErrors Check()
    {
        var errors = new FieldErrors();
        errors.Required("hash", Hash, Domain.Videos.VideoMetadata.HashMaxLength);
        if (!string.IsNullOrWhiteSpace(Hash) && (Hash.AsSpan().ContainsAnyExcept(HashCharacters) || Hash.Trim('.').Length == 0))
        {
            errors.Add("hash", "hash may contain only letters, digits, '-', '_' and '.', and not only dots.");
        }

        errors.Required("filename", Filename, Domain.Videos.VideoMetadata.FilenameMaxLength);
        Validate(errors);
        return errors;
    }
}
