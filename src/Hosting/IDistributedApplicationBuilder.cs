using Hemit.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Hemit.Hosting;

/// <summary>Describes the application: which servers, databases and projects, and how they depend on each other.</summary>
public interface IDistributedApplicationBuilder
{
    /// <summary>appsettings.json beside the host, environment variables, then the command line.</summary>
    ConfigurationManager Configuration { get; }

    DistributedApplicationOptions Options { get; }

    /// <summary>The data folder: server data, recorded ports, endpoints.json.</summary>
    string DataDirectory { get; }

    /// <summary>--verbose: children's console output is copied to the host's console.</summary>
    bool Verbose { get; }

    IReadOnlyList<IResource> Resources { get; }

    IResourceBuilder<T> AddResource<T>(T resource) where T : IResource;

    DistributedApplication Build();
}
