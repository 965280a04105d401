using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Domain.Courses;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Api.Http;

/// <summary>The REST wire's JSON: snake_case names, Python-style timestamps, a video's flags as 0/1, a lesson's resources as JSON.</summary>
internal static class RestJson
{
    public static void Configure(JsonOptions options)
    {
        var json = options.SerializerOptions;
        json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        json.PropertyNameCaseInsensitive = false;
        json.Converters.Add(new PythonIsoDateTimeConverter());
        json.TypeInfoResolver = (json.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
            .WithAddedModifier(VideoFlagsAsZeroOne)
            .WithAddedModifier(LessonResourcesAsJson);
    }

    private static void LessonResourcesAsJson(JsonTypeInfo type)
    {
        if (type.Type == typeof(LessonChanges))
        {
            type.Properties.Single(p => p.Name == "resources").CustomConverter = new RawJsonTextConverter();
        }
    }

    private static void VideoFlagsAsZeroOne(JsonTypeInfo type)
    {
        if (!typeof(VideoDto).IsAssignableFrom(type.Type) && !typeof(VideoChanges).IsAssignableFrom(type.Type))
        {
            return;
        }

        // The video object is the old services' shape; processing's progress and error have their own call (/transcode/{hash}/status).
        foreach (var hidden in type.Properties.Where(p => p.Name.StartsWith("processing_", StringComparison.Ordinal)).ToList())
        {
            type.Properties.Remove(hidden);
        }

        foreach (var property in type.Properties)
        {
            if (property.PropertyType == typeof(bool))
            {
                property.CustomConverter = new ZeroOneBooleanConverter();
            }
            else if (property.PropertyType == typeof(bool?))
            {
                property.CustomConverter = new NullableZeroOneBooleanConverter();
            }
        }
    }
}
