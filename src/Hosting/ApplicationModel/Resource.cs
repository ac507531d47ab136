namespace Hemit.Hosting.ApplicationModel;

/// <summary>What every resource keeps: its name, its ports and what it waits for.</summary>
public abstract class Resource : IResourceWithEndpoints
{
    private readonly List<EndpointAnnotation> _endpoints = [];
    private readonly List<IResource> _waitsFor = [];

    protected Resource(string name)
    {
        ResourceName.Validate(name);
        Name = name;
    }

    public string Name { get; }

    public abstract string ResourceType { get; }

    public IReadOnlyList<EndpointAnnotation> Endpoints => _endpoints;

    /// <summary>Resources that must be healthy before this one starts.</summary>
    public IReadOnlyList<IResource> WaitsFor => _waitsFor;

    public EndpointAnnotation GetEndpoint(string endpointName) =>
        _endpoints.FirstOrDefault(e => e.Name == endpointName)
        ?? throw new InvalidOperationException($"Resource '{Name}' has no endpoint named '{endpointName}'.");

    internal void AddEndpoint(EndpointAnnotation endpoint)
    {
        if (_endpoints.Any(e => e.Name == endpoint.Name))
        {
            throw new InvalidOperationException($"Resource '{Name}' already has an endpoint named '{endpoint.Name}'.");
        }

        _endpoints.Add(endpoint);
    }

    internal void RemoveEndpoint(string endpointName) => _endpoints.RemoveAll(e => e.Name == endpointName);

    internal void AddWaitFor(IResource resource)
    {
        if (ReferenceEquals(resource, this))
        {
            throw new InvalidOperationException($"Resource '{Name}' cannot wait for itself.");
        }

        if (!_waitsFor.Contains(resource))
        {
            _waitsFor.Add(resource);
        }
    }

    public override string ToString() => $"{ResourceType} '{Name}'";
}
