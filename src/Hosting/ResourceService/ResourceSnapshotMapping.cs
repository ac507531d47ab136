using Google.Protobuf.WellKnownTypes;
using Hemit.Hosting.EnvironmentContract;
using Hemit.Hosting.Resources;
using Wire = Hemit.Contracts.Dashboard.V1;

namespace Hemit.Hosting.ResourceService;

/// <summary>Resource snapshots and console lines as hemit.dashboard.v1 messages.</summary>
internal static class ResourceSnapshotMapping
{
    public static Wire.Resource ToWire(ResourceSnapshot snapshot)
    {
        var resource = new Wire.Resource
        {
            Name = snapshot.Name,
            ResourceType = snapshot.Type,
            State = snapshot.State.ToString(),
            Health = snapshot.Health.ToString(),
            Restarts = snapshot.Restarts,
            CreatedAt = Timestamp.FromDateTimeOffset(snapshot.CreatedAt),
        };
        if (snapshot.ProcessId is { } processId)
        {
            resource.ProcessId = processId;
        }

        if (snapshot.ExitCode is { } exitCode)
        {
            resource.ExitCode = exitCode;
        }

        if (snapshot.StartedAt is { } startedAt)
        {
            resource.StartedAt = Timestamp.FromDateTimeOffset(startedAt);
        }

        resource.Urls.AddRange(snapshot.Endpoints.Select(e => new Wire.Url { EndpointName = e.Name, FullUrl = e.Url }));
        resource.Environment.AddRange(snapshot.Environment
            .OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v =>
            {
                var isSecret = snapshot.SecretVariables.Contains(v.Key);
                return new Wire.EnvironmentVariable { Name = v.Key, Value = isSecret ? EnvironmentVariable.Mask : v.Value, IsSecret = isSecret };
            }));
        resource.WaitsFor.AddRange(snapshot.WaitsFor);
        resource.Commands.AddRange(snapshot.Commands.Select(c => c.ToString().ToLowerInvariant()));
        return resource;
    }

    public static Wire.ConsoleLogLine ToWire(ConsoleLogLine line) => new()
    {
        ResourceName = line.Resource,
        Text = line.Text,
        IsStdErr = line.IsError,
        LineNumber = line.LineNumber,
        Timestamp = Timestamp.FromDateTimeOffset(line.Timestamp),
    };

    public static bool TryParseCommand(string text, out ResourceCommand command) =>
        System.Enum.TryParse(text, ignoreCase: true, out command) && System.Enum.IsDefined(command);
}
