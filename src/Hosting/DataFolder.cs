using Aspire.Hosting;
using Microsoft.Extensions.Configuration;

namespace Hemit.Hosting;

/// <summary>
/// Where the stack keeps what outlives a run: PostgreSQL and RabbitMQ data, the dashboard's telemetry and
/// <c>endpoints.json</c> for the CLI. <c>Hemit:DataDir</c> (also <c>HEMIT_DATA_DIR</c>), else <c>.hemit/</c> beside
/// the AppHost's folder, i.e. at the repository root.
/// </summary>
public static class DataFolder
{
    public const string ConfigurationKey = "Hemit:DataDir";
    public const string EnvironmentVariable = "HEMIT_DATA_DIR";

    public static string Resolve(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration[ConfigurationKey] ?? builder.Configuration[EnvironmentVariable];
        var folder = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(builder.AppHostDirectory, "..", ".hemit")
            : configured;
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
