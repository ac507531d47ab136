namespace Hemit.Hosting.ApplicationModel;

/// <summary>
/// A .NET project of this repository run from its build output. Every project gets an <c>http</c> endpoint
/// (HTTP/1.1: /health, JSON) and a <c>grpc</c> endpoint (HTTP/2 without TLS).
/// </summary>
public sealed class ProjectResource : Resource
{
    public const string HttpEndpointName = "http";
    public const string GrpcEndpointName = "grpc";

    private readonly List<EnvironmentAnnotation> _environment = [];
    private readonly List<IResource> _references = [];

    public ProjectResource(string name, IProjectMetadata metadata)
        : base(name)
    {
        Metadata = metadata;
        AddEndpoint(new EndpointAnnotation(HttpEndpointName, "http", EndpointProtocol.Http1));
        AddEndpoint(new EndpointAnnotation(GrpcEndpointName, "http", EndpointProtocol.Http2));
    }

    public override string ResourceType => "Project";

    public IProjectMetadata Metadata { get; }

    /// <summary>Resources whose connection string or service URLs this project receives.</summary>
    public IReadOnlyList<IResource> References => _references;

    public IReadOnlyList<EnvironmentAnnotation> Environment => _environment;

    /// <summary>
    /// Path probed on the http endpoint; healthy on a success status. Null: the project counts as healthy as soon as
    /// its http port accepts connections (for projects without a health endpoint).
    /// </summary>
    public string? HealthCheckPath { get; internal set; } = "/health";

    /// <summary>True for the dashboard project: it receives the resource service URL and the OTLP settings to listen on.</summary>
    public bool IsDashboard { get; internal set; }

    internal void AddReference(IResource resource)
    {
        if (ReferenceEquals(resource, this))
        {
            throw new InvalidOperationException($"Project '{Name}' cannot reference itself.");
        }

        if (!_references.Contains(resource))
        {
            _references.Add(resource);
        }
    }

    internal void AddEnvironment(EnvironmentAnnotation variable)
    {
        _environment.RemoveAll(v => v.Name == variable.Name);
        _environment.Add(variable);
    }

    internal void AddExtraEndpoint(EndpointAnnotation endpoint) => AddEndpoint(endpoint);

    internal void RemoveGrpcEndpoint() => RemoveEndpoint(GrpcEndpointName);
}
