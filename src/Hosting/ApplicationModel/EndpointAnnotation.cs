namespace Hemit.Hosting.ApplicationModel;

/// <summary>One named port of a resource. The port is allocated when the application starts.</summary>
/// <param name="Name">"http", "grpc", "tcp", "amqp".</param>
/// <param name="UriScheme">Scheme of the advertised URL: http for both HTTP endpoints, tcp or amqp for servers.</param>
/// <param name="FixedPort">A port the resource must get; starting fails when it is taken.</param>
/// <param name="PreferredPort">A port the resource gets when free (the dashboard's 18888), otherwise any free one.</param>
/// <param name="IsInternal">Used by the resource itself (Erlang distribution); not advertised to people or other resources.</param>
public sealed class EndpointAnnotation(
    string Name,
    string UriScheme,
    EndpointProtocol Protocol,
    int? FixedPort = null,
    int? PreferredPort = null,
    bool IsInternal = false)
{
    public const string Host = "127.0.0.1";

    public string Name { get; } = Name;
    public string UriScheme { get; } = UriScheme;
    public EndpointProtocol Protocol { get; } = Protocol;
    public int? FixedPort { get; internal set; } = FixedPort;
    public int? PreferredPort { get; internal set; } = PreferredPort;
    public bool IsInternal { get; } = IsInternal;

    /// <summary>Set once by the port allocator when the application starts.</summary>
    public int? AllocatedPort { get; internal set; }

    public int Port => AllocatedPort
        ?? throw new InvalidOperationException($"Endpoint '{Name}' has no port yet: ports are allocated when the application starts.");

    public string Url => $"{UriScheme}://{Host}:{Port}";
}
