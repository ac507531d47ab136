using Hemit.Hosting.DataFolders;
using Hemit.Hosting.Resources;
using Microsoft.Extensions.Configuration;

namespace Hemit.Hosting.Orchestration;

/// <summary>What a runner may touch: its snapshot, its console lines, the data folder and the recorded state.</summary>
internal sealed class ResourceContext(
    string resourceName,
    ResourceMonitor monitor,
    DataFolder dataFolder,
    HostingState state,
    TimeProvider timeProvider,
    IConfiguration configuration)
{
    /// <summary>The host's configuration: command line, environment, appsettings.json.</summary>
    public IConfiguration Configuration { get; } = configuration;

    public string ResourceName { get; } = resourceName;

    public DataFolder DataFolder { get; } = dataFolder;

    public HostingState State { get; } = state;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public ResourceSnapshot Snapshot => monitor.Get(ResourceName);

    public void Update(Func<ResourceSnapshot, ResourceSnapshot> change) => monitor.Update(ResourceName, change);

    public void WriteLine(string text, bool isError = false) => monitor.WriteLine(ResourceName, text, isError);

    public void SaveState() => State.Save(DataFolder.StateFile);
}
