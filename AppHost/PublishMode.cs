using Aspire.Hosting.ApplicationModel;
using Hemit.Hosting.Postgres;
using Hemit.Hosting.RabbitMQ;

// In the global namespace, beside Program.cs, so the AppHost calls it without a using.

/// <summary>
/// The app model as production runs it, for <c>--publisher manifest</c> (and so for deploy/): PostgreSQL and RabbitMQ are
/// servers run elsewhere (CloudNativePG and the RabbitMQ operator in the cluster, or managed services), reached by one
/// connection string per database and one for the broker, each a secret the operator supplies; never the local
/// executables of src/Hosting, whose binaries need not exist where the manifest is made. A development run is untouched.
/// </summary>
internal static class PublishMode
{
    /// <summary>
    /// What people's browsers reach, each at its https address behind the ingress (<see cref="PublicUrlParameter"/>):
    /// the identity service (also every service's issuer) and the portal (the sign-in redirects name it).
    /// </summary>
    private static readonly string[] PublicResources = ["identity", "portal"];

    public static PlatformPostgres AddPlatformPostgres(this IDistributedApplicationBuilder builder, [ResourceName] string name) =>
        new(builder, builder.ExecutionContext.IsPublishMode ? null : builder.AddLocalPostgres(name));

    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformRabbitMQ(this IDistributedApplicationBuilder builder, [ResourceName] string name) =>
        builder.ExecutionContext.IsPublishMode ? builder.AddConnectionString(name) : builder.AddLocalRabbitMQ(name);

    /// <summary>
    /// In publish mode, once the model is complete: what the development model makes up for loopback becomes what
    /// production supplies. Every client secret is a secret parameter named for its client (identity and the client
    /// then read the same Secret key), the development accounts are left out (people come from the production
    /// directory), the issuer and the sign-in redirects are the public https addresses, http issuers are refused,
    /// the services run as Production, and the https endpoints go (TLS ends at the ingress).
    /// </summary>
    public static IDistributedApplicationBuilder PublishAsProduction(this IDistributedApplicationBuilder builder)
    {
        if (!builder.ExecutionContext.IsPublishMode)
        {
            return builder;
        }

        var publicUrls = PublicResources.ToDictionary(name => name, name => builder.AddParameter(PublicUrlParameter(name)).Resource);

        // Before any resource starts or is written, after Program.cs and every other subscriber added its callbacks:
        // the callback added here runs last. The secrets' parameters are made here too, as the publisher may not
        // find the model changing while it writes it.
        builder.Eventing.Subscribe<BeforeStartEvent>(async (@event, cancellationToken) =>
        {
            var clientSecrets = new Dictionary<string, ParameterResource>(StringComparer.Ordinal);
            foreach (var project in @event.Model.Resources.OfType<ProjectResource>().ToList())
            {
                foreach (var https in project.Annotations.OfType<EndpointAnnotation>().Where(e => e.UriScheme == "https").ToList())
                {
                    project.Annotations.Remove(https);
                }

                foreach (var clientId in await ConfidentialClientsAsync(project, builder.ExecutionContext, cancellationToken))
                {
                    if (!clientSecrets.ContainsKey(clientId))
                    {
                        clientSecrets.Add(clientId, builder.AddParameter($"{clientId}-client-secret", secret: true).Resource);
                    }
                }

                project.Annotations.Add(new EnvironmentCallbackAnnotation(context =>
                    AsProduction(context.EnvironmentVariables, publicUrls, clientSecrets)));
            }
        });
        return builder;
    }

    private static string PublicUrlParameter(string resourceName) => $"{resourceName}-public-url";

    /// <summary>The client ids whose secret <paramref name="project"/> is given (identity: every confidential client; a service: its own).</summary>
    private static async Task<IEnumerable<string>> ConfidentialClientsAsync(
        ProjectResource project, DistributedApplicationExecutionContext executionContext, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, object>(StringComparer.Ordinal);
        var context = new EnvironmentCallbackContext(executionContext, project, environment, cancellationToken);
        foreach (var callback in project.Annotations.OfType<EnvironmentCallbackAnnotation>())
        {
            await callback.Callback(context);
        }

        return environment.Keys.Where(key => key.EndsWith(ClientSecretKey, StringComparison.Ordinal))
            .Select(key => (string)environment[ClientIdKeyOf(key)]);
    }

    private const string ClientSecretKey = "ClientSecret";

    private static string ClientIdKeyOf(string clientSecretKey) => clientSecretKey[..^ClientSecretKey.Length] + "ClientId";

    private static void AsProduction(
        Dictionary<string, object> environment, Dictionary<string, ParameterResource> publicUrls, Dictionary<string, ParameterResource> clientSecrets)
    {
        foreach (var key in environment.Keys.ToList())
        {
            var value = environment[key];
            if (key.StartsWith("Identity__Users__", StringComparison.Ordinal))
            {
                environment.Remove(key);
            }
            else if (key.EndsWith(ClientSecretKey, StringComparison.Ordinal))
            {
                environment[key] = clientSecrets[(string)environment[ClientIdKeyOf(key)]];
            }
            else if (key is "Identity__AllowHttp" or "Auth__AllowHttpAuthority")
            {
                environment[key] = "false";
            }
            else if (key is "ASPNETCORE_ENVIRONMENT" or "DOTNET_ENVIRONMENT")
            {
                environment[key] = "Production";
            }
            else if (PublicAddress(value, publicUrls) is { } publicValue)
            {
                environment[key] = publicValue;
            }
        }
    }

    /// <summary>
    /// A value that is a public service's http endpoint, or that endpoint followed by a path (a redirect URI), at the
    /// service's public address instead; null for anything else.
    /// </summary>
    private static object? PublicAddress(object value, Dictionary<string, ParameterResource> publicUrls)
    {
        switch (value)
        {
            case EndpointReference endpoint when publicUrls.TryGetValue(endpoint.Resource.Name, out var url):
                return url;
            case ReferenceExpression { ValueProviders: [EndpointReference endpoint] } expression
                when publicUrls.TryGetValue(endpoint.Resource.Name, out var url) && expression.Format.StartsWith("{0}", StringComparison.Ordinal):
                var path = expression.Format["{0}".Length..];
                return ReferenceExpression.Create($"{url}{path}");
            default:
                return null;
        }
    }
}

/// <summary>The platform's PostgreSQL: our own server with a database per service when run, a connection string per database when published.</summary>
internal sealed class PlatformPostgres(IDistributedApplicationBuilder builder, IResourceBuilder<IPostgresServerResource>? local)
{
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase([ResourceName] string name) =>
        local is null ? builder.AddConnectionString(name) : local.AddDatabase(name);
}
