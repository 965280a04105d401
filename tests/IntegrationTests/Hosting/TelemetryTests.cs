using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using VideoPlatform.IntegrationTests.Infrastructure;

namespace VideoPlatform.IntegrationTests.Hosting;

/// <summary>
/// Traces and metrics as an OpenTelemetry backend receives them, read through the in-memory exporter. OpenTelemetry
/// listens to meters and sources by name, process-wide, so these tests run alone: another test's upload would count.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class TelemetryTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly List<Metric> _metrics = [];
    private readonly List<Activity> _spans = [];

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Uploads_and_graphql_operations_are_counted_and_traced_under_their_request()
    {
        using var factory = new ApiFactory(_folder)
        {
            ExtraServices = services => services
                .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics))
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans)),
        };
        using var client = factory.CreateClient();
        var uploads = new UploadClient(client);
        var file = VideoBytes.Mp4(3 * 1024 + 100);
        var chunks = file.Chunk(1024).ToList();
        var id = await uploads.StartAsync("clip.mp4", chunks.Count, chunkSize: 1024);
        await uploads.SendAllAsync(id, chunks);
        await uploads.SendAllAsync(id, chunks); // repeats of stored chunks change nothing, and count nothing
        (await uploads.CompleteAsync(id)).EnsureSuccessStatusCode();
        await client.GraphQLDataAsync("query TelemetryProbe { courses { totalCount } }");

        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();

        Assert.Equal(file.Length, Sum("videoplatform.upload.bytes"));
        Assert.Equal(chunks.Count, Sum("videoplatform.upload.chunks"));
        Assert.Equal(1, Sum("videoplatform.upload.completes", ("videoplatform.database", "videos")));
        Assert.Equal(1, Count("videoplatform.graphql.operation.duration", ("graphql.operation.name", "TelemetryProbe")));
        Assert.True(Count("http.server.request.duration") >= chunks.Count * 2 + 3);

        var operation = Assert.Single(_spans, s => s.DisplayName == "graphql query TelemetryProbe");
        var request = Assert.Single(_spans, s => s.SpanId == operation.ParentSpanId);
        Assert.Equal("POST /graphql", request.DisplayName);
        Assert.Equal(ActivityStatusCode.Ok, operation.Status);
    }

    [Fact]
    public async Task Prometheus_scrapes_the_services_own_metrics_at_metrics_when_asked_to()
    {
        using var off = new ApiFactory(_folder);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await off.CreateClient().GetAsync("/metrics")).StatusCode);
        using var on = new ApiFactory(_folder, new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" });
        using var client = on.CreateClient();
        await client.GraphQLDataAsync("query Scraped { courses { totalCount } }");

        var text = await client.GetStringAsync("/metrics");

        Assert.Contains("videoplatform_graphql_operation_duration_seconds_count{", text);
        Assert.Contains("graphql_operation_name=\"Scraped\"", text);
        Assert.Contains("http_server_request_duration_seconds", text);
    }

    private long Sum(string name, params (string Key, string Value)[] tags) => Points(name, tags).Sum(p => p.GetSumLong());

    private long Count(string name, params (string Key, string Value)[] tags) => Points(name, tags).Sum(p => p.GetHistogramCount());

    private List<MetricPoint> Points(string name, (string Key, string Value)[] tags)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in _metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var pointTags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    pointTags[tag.Key] = tag.Value;
                }

                if (tags.All(t => Equals(pointTags.GetValueOrDefault(t.Key), t.Value)))
                {
                    points.Add(point);
                }
            }
        }

        return points;
    }
}
