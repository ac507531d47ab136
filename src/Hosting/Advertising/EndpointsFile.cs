using System.Text.Json;
using Hemit.Contracts.Advertising;
using Hemit.Hosting.DataFolders;

namespace Hemit.Hosting.Advertising;

/// <summary>
/// &lt;data folder&gt;/endpoints.json: where the running application's resources listen, for the <c>hemit</c> CLI and
/// scripts. Written while the host runs, updated on every change, removed when it stops. The format is
/// <see cref="AdvertisedEndpoints"/> in Hemit.Contracts, which the CLI reads without referencing this library.
/// </summary>
public static class EndpointsFile
{
    public const string FileName = AdvertisedEndpoints.FileName;

    /// <summary>The file of the application using <paramref name="dataDirectory"/>, or null when there is none.</summary>
    public static AdvertisedEndpoints? Read(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return AdvertisedEndpoints.FromJson(File.ReadAllText(path), path);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not a valid endpoints file: {exception.Message}", exception);
        }
    }

    /// <summary>Like <see cref="Read"/>, and null as well when the host that wrote it is no longer running.</summary>
    public static AdvertisedEndpoints? ReadIfRunning(string dataDirectory)
    {
        var file = Read(dataDirectory);
        return file is { IsAppHostRunning: true } ? file : null;
    }

    public static void Write(AdvertisedEndpoints endpoints, string dataDirectory) =>
        AtomicFile.WriteAllText(Path.Combine(dataDirectory, FileName), endpoints.ToJson());

    public static void Delete(string dataDirectory)
    {
        if (Directory.Exists(dataDirectory))
        {
            File.Delete(Path.Combine(dataDirectory, FileName));
        }
    }

    /// <summary>The URL of one endpoint ("grpc", "http") of one resource, or null.</summary>
    public static string? FindEndpoint(this AdvertisedEndpoints endpoints, string resourceName, string endpointName) =>
        endpoints.Resources.FirstOrDefault(r => string.Equals(r.Name, resourceName, StringComparison.OrdinalIgnoreCase))?
            .Endpoints.GetValueOrDefault(endpointName);
}
