using System.Diagnostics.Metrics;
using VideoPlatform.Application;

namespace VideoPlatform.Api.Telemetry;

/// <summary>GraphQL operations by name, type and result, and how long each took to execute.</summary>
public sealed class GraphQLMetrics(IMeterFactory meters)
{
    private readonly Histogram<double> _operations = meters.Create(ServiceTelemetry.Name)
        .CreateHistogram<double>("videoplatform.graphql.operation.duration", "s", "GraphQL operations executed, by operation name, type and result.");

    public void Executed(string? name, string type, bool succeeded, TimeSpan took) => _operations.Record(took.TotalSeconds,
        new KeyValuePair<string, object?>("graphql.operation.name", name ?? "anonymous"),
        new KeyValuePair<string, object?>("graphql.operation.type", type),
        new KeyValuePair<string, object?>("videoplatform.outcome", succeeded ? "ok" : "error"));
}
