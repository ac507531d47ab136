using Hemit.Hosting.ApplicationModel;
using Hemit.Hosting.DataFolders;
using Microsoft.Extensions.Configuration;

namespace Hemit.Hosting;

internal sealed class DistributedApplicationBuilder : IDistributedApplicationBuilder
{
    private readonly List<IResource> _resources = [];
    private bool _built;

    public DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        Options = options;
        Configuration = new ConfigurationManager();
        Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        Configuration.AddEnvironmentVariables();
        try
        {
            Configuration.AddCommandLine(HostArguments.Normalize(options.Args), HostArguments.SwitchMappings);
        }
        catch (Exception exception) when (exception is DistributedApplicationException or FormatException)
        {
            // Reported when the application runs, so Program.cs stays a plain Aspire-style script.
            ArgumentProblem = exception.Message;
        }

        DataDirectory = DataFolderLocator.Resolve(options.DataDirectory, Configuration);
        Verbose = Configuration.GetValue<bool>(HostArguments.VerboseKey);
    }

    public ConfigurationManager Configuration { get; }

    public DistributedApplicationOptions Options { get; }

    public string DataDirectory { get; }

    public bool Verbose { get; }

    /// <summary>What was wrong with the command line, if anything; starting fails with it.</summary>
    public string? ArgumentProblem { get; }

    public IReadOnlyList<IResource> Resources => _resources;

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        if (_built)
        {
            throw new InvalidOperationException("Resources cannot be added after Build().");
        }

        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DistributedApplicationException($"A resource named '{resource.Name}' already exists: resource names must be unique.");
        }

        _resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }

    public DistributedApplication Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("Build() was already called.");
        }

        _built = true;
        return new DistributedApplication(this);
    }
}
