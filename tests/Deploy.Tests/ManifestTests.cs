using k8s.Models;
using Xunit;

namespace Hemit.Deploy.Tests;

/// <summary>deploy/ kept in step with the app model: what the Aspire manifest says each service gets, the cluster gives it.</summary>
public sealed class ManifestTests
{
    /// <summary>Settings the cluster adds beyond the app model: where telemetry goes (the dashboard's place), and the Job's switch.</summary>
    private static readonly string[] ClusterOnly = ["OTEL_SERVICE_NAME", "OTEL_EXPORTER_OTLP_ENDPOINT"];

    public static TheoryData<string> Overlays => new(RenderedOverlay.Names);

    [Fact]
    public void The_published_app_model_uses_no_local_server_and_no_plain_secret()
    {
        var manifest = AspireManifest.Current;
        Assert.Equal(WorkloadTests.Services.Order(), manifest.Projects.Order());
        Assert.DoesNotContain(manifest.Resources.EnumerateObject(), r => r.Value.GetProperty("type").GetString() is "executable.v0" or "container.v0");
        foreach (var connection in new[] { "financedb", "hrdb", "servicedeskdb", "projectsdb", "governancedb", "identitydb", "portaldb", "messaging" })
        {
            Assert.True(manifest.IsSecret(connection), $"{connection} is not a secret parameter");
        }

        foreach (var project in manifest.Projects)
        {
            foreach (var (key, value) in manifest.Environment(project).Where(e => e.Key.EndsWith("Secret", StringComparison.Ordinal) || e.Key.Contains("Password", StringComparison.Ordinal)))
            {
                Assert.True(AspireManifest.ReferencedResource(value) is { } parameter && manifest.IsSecret(parameter), $"{project}: {key} is not a secret parameter");
            }

            Assert.Equal("Production", manifest.Environment(project)["ASPNETCORE_ENVIRONMENT"]);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_service_gets_the_settings_ports_and_connections_the_manifest_gives_it(string overlay)
    {
        var manifest = AspireManifest.Current;
        var rendered = RenderedOverlay.Of(overlay);
        var publicUrls = PublicUrls(rendered);
        foreach (var project in manifest.Projects)
        {
            var container = rendered.One<V1Deployment>(project).Spec.Template.Spec.Containers.Single();
            var service = rendered.One<V1Service>(project);
            foreach (var (binding, port) in manifest.Bindings(project))
            {
                Assert.Contains(container.Ports, p => p.Name == binding && p.ContainerPort == port);
                Assert.Contains(service.Spec.Ports, p => p.Name == binding && p.Port == port && p.TargetPort.Value == binding);
            }

            var config = rendered.ConfigMap($"{project}-config").Data;
            var secretName = container.EnvFrom.SingleOrDefault(e => e.SecretRef is not null)?.SecretRef.Name;
            var secretKeys = secretName is null ? [] : ExternalSecretKeys(rendered, secretName);
            var expected = manifest.Environment(project);
            foreach (var (key, value) in expected)
            {
                if (AspireManifest.ReferencedResource(value) is { } parameter && manifest.IsSecret(parameter))
                {
                    Assert.True(secretKeys.TryGetValue(key, out var remote), $"{overlay}: {project} gets {key} from no secret");
                    Assert.Equal(parameter, remote);
                    Assert.False(config.ContainsKey(key), $"{overlay}: {project}'s {key} is in a ConfigMap");
                }
                else
                {
                    Assert.True(config.TryGetValue(key, out var actual), $"{overlay}: {project}-config lacks {key}");
                    Assert.Equal(manifest.Resolve(value, publicUrls), actual);
                }
            }

            var extra = config.Keys.Concat(secretKeys.Keys).Except(expected.Keys).Except(ClusterOnly).ToList();
            Assert.True(extra.Count == 0, $"{overlay}: {project} gets settings the app model does not have: {string.Join(", ", extra)}");
        }
    }

    /// <summary>The public addresses are the Ingress hosts, over https.</summary>
    private static Dictionary<string, string> PublicUrls(RenderedOverlay rendered)
    {
        var web = rendered.One<V1Ingress>("web");
        return web.Spec.Rules.ToDictionary(
            r => $"{r.Http.Paths.Single().Backend.Service.Name}-public-url",
            r =>
            {
                Assert.Contains(web.Spec.Tls, t => t.Hosts.Contains(r.Host));
                return $"https://{r.Host}";
            });
    }

    /// <summary>Secret key to vault key, of the ExternalSecret that makes <paramref name="secretName"/>.</summary>
    private static Dictionary<string, string> ExternalSecretKeys(RenderedOverlay rendered, string secretName)
    {
        var external = rendered.All<CustomResource>().Single(c => c.Kind == "ExternalSecret" && (string?)c.At("target.name") == secretName);
        return ((IEnumerable<object>)external.At("data")!).Cast<IDictionary<object, object>>()
            .ToDictionary(d => (string)d["secretKey"], d => (string)((IDictionary<object, object>)d["remoteRef"])["key"]);
    }
}
