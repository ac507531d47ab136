namespace Hemit.Cli.Connection;

/// <summary>
/// Where a service's endpoint (grpc, or the portal's http) is: <c>--url</c>, then <c>HEMIT_&lt;SERVICE&gt;_URL</c>,
/// then Aspire's <c>services__&lt;service&gt;__&lt;endpoint&gt;__0</c>, then the endpoints the running AppHost advertises
/// in its data folder.
/// </summary>
public static class ServiceAddresses
{
    public static Uri ResolveGrpc(string service, string? urlOption) => Resolve(service, urlOption, "grpc");

    public static Uri Resolve(string service, string? urlOption, string endpoint)
    {
        var explicitUrl = urlOption
            ?? Environment.GetEnvironmentVariable($"HEMIT_{service.ToUpperInvariant()}_URL")
            ?? Environment.GetEnvironmentVariable($"services__{service}__{endpoint}__0");
        if (!string.IsNullOrWhiteSpace(explicitUrl))
        {
            return Uri.TryCreate(explicitUrl, UriKind.Absolute, out var uri)
                ? uri
                : throw new CliException($"'{explicitUrl}' is not a URL; give e.g. http://127.0.0.1:5111");
        }

        var advertised = Contracts.Advertising.AdvertisedEndpoints.Load()
            ?? throw new CliException(
                $"No address for {service}: start the stack with `dotnet run --project AppHost` " +
                $"(it advertises its endpoints), or pass --url / set HEMIT_{service.ToUpperInvariant()}_URL.");
        var resource = advertised.Resources.FirstOrDefault(r => r.Name == service)
            ?? throw new CliException($"The running stack ({advertised.Path}) has no resource '{service}'.");
        return resource.Endpoints.TryGetValue(endpoint, out var address)
            ? new Uri(address)
            : throw new CliException($"Resource '{service}' advertises no {endpoint} endpoint.");
    }
}
