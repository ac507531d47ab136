namespace Hemit.Hosting.Tests.Support;

/// <summary>Builders for tests: no console output, no endpoints file unless asked, data in the given folder.</summary>
public static class QuietApplications
{
    public static IDistributedApplicationBuilder CreateBuilder(
        string dataDirectory, bool serveResourceService = false, bool advertiseEndpoints = false, string[]? args = null) =>
        DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            Args = args ?? [],
            DataDirectory = dataDirectory,
            ShowConsoleOutput = false,
            ServeResourceService = serveResourceService,
            AdvertiseEndpoints = advertiseEndpoints,
        });
}
