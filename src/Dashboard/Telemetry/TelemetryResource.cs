namespace Hemit.Dashboard.Telemetry;

/// <summary>
/// The process that sent telemetry, identified by its OTLP resource's <c>service.name</c> and
/// <c>service.instance.id</c> (tjeneste / ressurs in the dashboard's user-facing text).
/// </summary>
public sealed class TelemetryResource
{
    public TelemetryResource(string serviceName, string instanceId, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        ServiceName = serviceName;
        InstanceId = instanceId;
        Attributes = attributes;
    }

    public string ServiceName { get; }

    public string InstanceId { get; }

    /// <summary>Every resource attribute as first received (service.version, host.name, process.pid ...).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>The service name, with a short instance id when one was sent, so replicas stay apart.</summary>
    public string DisplayName => InstanceId.Length == 0 ? ServiceName : $"{ServiceName} ({ShortInstanceId})";

    private string ShortInstanceId => InstanceId.Length <= 8 ? InstanceId : InstanceId[..8];

    public override string ToString() => DisplayName;
}
