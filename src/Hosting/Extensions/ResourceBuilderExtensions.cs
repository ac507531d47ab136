using Hemit.Hosting.ApplicationModel;

namespace Hemit.Hosting;

public static class ResourceBuilderExtensions
{
    /// <summary>The project receives <c>ConnectionStrings__&lt;name&gt;</c> for the database or broker.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResourceWithConnectionString> source)
    {
        builder.Resource.AddReference(source.Resource);
        return builder;
    }

    /// <summary>The project receives <c>services__&lt;name&gt;__&lt;endpoint&gt;__0</c> for each endpoint of the other project.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<ProjectResource> source)
    {
        builder.Resource.AddReference(source.Resource);
        return builder;
    }

    /// <summary>The resource starts only when <paramref name="dependency"/> is healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> builder, IResourceBuilder<IResource> dependency)
        where T : Resource
    {
        builder.Resource.AddWaitFor(dependency.Resource);
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(
        this IResourceBuilder<ProjectResource> builder, string name, string value, bool isSecret = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        builder.Resource.AddEnvironment(new EnvironmentAnnotation(name, () => value, isSecret));
        return builder;
    }

    /// <summary>A value computed when the process is launched, e.g. from another resource's allocated port.</summary>
    public static IResourceBuilder<ProjectResource> WithEnvironment(
        this IResourceBuilder<ProjectResource> builder, string name, Func<string> value, bool isSecret = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        builder.Resource.AddEnvironment(new EnvironmentAnnotation(name, value, isSecret));
        return builder;
    }

    /// <summary>The path probed on the http endpoint for health (default /health); healthy on a success status.</summary>
    public static IResourceBuilder<ProjectResource> WithHttpHealthCheck(this IResourceBuilder<ProjectResource> builder, string path)
    {
        if (!path.StartsWith('/'))
        {
            throw new ArgumentException($"Health check path '{path}' must start with '/'.", nameof(path));
        }

        builder.Resource.HealthCheckPath = path;
        return builder;
    }

    /// <summary>
    /// Pins an endpoint's port (<c>http</c>, <c>grpc</c>) or adds another named endpoint, which the project receives as
    /// <c>Kestrel__Endpoints__&lt;name&gt;__Url</c>.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithEndpoint(
        this IResourceBuilder<ProjectResource> builder,
        string name,
        int? port = null,
        EndpointProtocol protocol = EndpointProtocol.Http1)
    {
        var existing = builder.Resource.Endpoints.FirstOrDefault(e => e.Name == name);
        if (existing is not null)
        {
            if (existing.Protocol != protocol)
            {
                throw new InvalidOperationException(
                    $"Endpoint '{name}' of '{builder.Resource.Name}' is {existing.Protocol}, not {protocol}.");
            }

            existing.FixedPort = port;
            return builder;
        }

        if (protocol == EndpointProtocol.Tcp)
        {
            throw new ArgumentException("Project endpoints are HTTP/1.1 or HTTP/2.", nameof(protocol));
        }

        builder.Resource.AddExtraEndpoint(new EndpointAnnotation(name, "http", protocol, FixedPort: port));
        return builder;
    }
}
