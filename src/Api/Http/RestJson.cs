using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using VideoPlatform.Application.Metadata;
using VideoPlatform.Domain.Videos;

namespace VideoPlatform.Api.Http;

/// <summary>The REST wire's JSON: snake_case names, Python-style timestamps, and a video's flags as 0/1.</summary>
internal static class RestJson
{
    public static void Configure(JsonOptions options)
    {
        var json = options.SerializerOptions;
        json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        json.PropertyNameCaseInsensitive = false;
        json.Converters.Add(new PythonIsoDateTimeConverter());
        json.TypeInfoResolver = (json.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(VideoFlagsAsZeroOne);
    }

    private static void VideoFlagsAsZeroOne(JsonTypeInfo type)
    {
        if (!typeof(VideoDto).IsAssignableFrom(type.Type) && !typeof(VideoChanges).IsAssignableFrom(type.Type))
        {
            return;
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
