using OpenTelemetry.Proto.Resource.V1;

namespace Hemit.Dashboard.Telemetry.Ingest;

/// <summary>Finds or creates the <see cref="TelemetryResource"/> an OTLP resource names. Used only on the ingest path.</summary>
internal sealed class ResourceRegistry(StringPool pool)
{
    private const string UnknownService = "unknown_service";

    private readonly Dictionary<(string ServiceName, string InstanceId), TelemetryResource> resources = [];

    public IReadOnlyCollection<TelemetryResource> All => resources.Values;

    public TelemetryResource Resolve(Resource? resource)
    {
        string? serviceName = null;
        var instanceId = "";
        if (resource is not null)
        {
            foreach (var attribute in resource.Attributes)
            {
                if (attribute.Key == "service.name")
                {
                    serviceName = AnyValueText.Format(attribute.Value);
                }
                else if (attribute.Key == "service.instance.id")
                {
                    instanceId = AnyValueText.Format(attribute.Value);
                }
            }
        }

        serviceName = string.IsNullOrWhiteSpace(serviceName) ? UnknownService : serviceName;
        if (!resources.TryGetValue((serviceName, instanceId), out var known))
        {
            var attributes = resource is null ? [] : AnyValueText.Format(resource.Attributes, pool);
            known = new TelemetryResource(serviceName, instanceId, attributes);
            resources.Add((serviceName, instanceId), known);
        }

        return known;
    }
}
