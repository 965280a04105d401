using System.Buffers;
using VideoPlatform.Application.Validation;
using VideoPlatform.Domain.Common;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Application.Metadata;

/// <summary>A video's metadata to create, or to update when the hash exists (an upsert keyed by hash).</summary>
public sealed record NewVideo : VideoChanges
{
    // Hashes end up in storage paths (originals/{course}/{hash}/...), so only path-safe characters.
    private static readonly SearchValues<char> HashCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    public string? Hash { get; init; }
    public string? Filename { get; init; }

    /// <summary>The course: required for a course video; on an admin video only a legacy marker.</summary>
    public int? CourseId { get; init; }

    internal FieldErrors Check()
    {
        var checks = new FieldChecks().Required(nameof(Hash), Hash, VideoMetadata.HashMaxLength);
        if (!string.IsNullOrWhiteSpace(Hash) && Hash.Length <= VideoMetadata.HashMaxLength &&
            (Hash.AsSpan().ContainsAnyExcept(HashCharacters) || Hash.Trim('.').Length == 0))
        {
            checks.Add(nameof(Hash), $"{FieldViolation.Placeholder} may contain only letters, digits, '-', '_' and '.', and not only dots.");
        }

        checks.Required(nameof(Filename), Filename, VideoMetadata.FilenameMaxLength).Positive(nameof(CourseId), CourseId);
        return new FieldErrors().AddRange(Check(checks));
    }
}

/// <summary>A partial update of a video: the fields given change, and <see cref="CourseId"/> moves it.</summary>
public sealed record VideoUpdate : VideoChanges
{
    public int? CourseId { get; init; }

    internal FieldErrors Check() => new FieldErrors().AddRange(Check(new FieldChecks().Positive(nameof(CourseId), CourseId)));
}
