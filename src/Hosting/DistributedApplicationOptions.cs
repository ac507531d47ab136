namespace Hemit.Hosting;

/// <summary>How an application host behaves; the defaults suit the AppHost program, tests switch the console parts off.</summary>
public sealed class DistributedApplicationOptions
{
    public string[] Args { get; init; } = [];

    /// <summary>Where server data, ports and endpoints.json live. Overrides --data-dir, Hemit:DataDir and HEMIT_DATA_DIR.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Name shown by the dashboard.</summary>
    public string ApplicationName { get; init; } = "Hemit Platform";

    /// <summary>Print the resource table and progress to the console.</summary>
    public bool ShowConsoleOutput { get; init; } = true;

    /// <summary>Serve hemit.dashboard.v1.DashboardService on a loopback port.</summary>
    public bool ServeResourceService { get; init; } = true;

    /// <summary>Write &lt;data folder&gt;/endpoints.json for the hemit CLI.</summary>
    public bool AdvertiseEndpoints { get; init; } = true;
}
