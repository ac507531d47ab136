using k8s.Models;
using Xunit;

namespace Hemit.Deploy.Tests;

/// <summary>Who may reach whom, as the rendered NetworkPolicies decide it (both ends must allow a connection).</summary>
public sealed class NetworkPolicyTests
{
    private const string Namespace = "hemit";

    private static readonly Dictionary<string, string> Ports = new()
    {
        ["finance"] = "5111", ["hrmetrics"] = "5121", ["servicedesk"] = "5131", ["projects"] = "5141", ["governance"] = "5151",
        ["identity"] = "5300", ["portal"] = "5170",
    };

    private static readonly string[] Sources = ["finance", "hrmetrics", "servicedesk", "projects"];

    private static RenderedOverlay Production => RenderedOverlay.Of("production");

    private static IList<V1NetworkPolicy> Policies => Production.All<V1NetworkPolicy>().ToList();

    [Fact]
    public void Every_pod_is_selected_by_a_policy_that_denies_what_is_not_allowed()
    {
        foreach (var (workload, template) in Production.PodTemplates())
        {
            var selecting = Policies.Where(p => Selects(p.Spec.PodSelector, template.Metadata.Labels)).ToList();
            Assert.Contains(selecting, p => p.Spec.PolicyTypes.Contains("Ingress") && p.Spec.PolicyTypes.Contains("Egress"));
        }

        // The operators' pods too, by the labels the operators give them.
        Assert.Contains(Policies, p => Selects(p.Spec.PodSelector, new Dictionary<string, string> { ["cnpg.io/cluster"] = "hemit-postgres" }) && p.Metadata.Name != "default-deny");
        Assert.Contains(Policies, p => Selects(p.Spec.PodSelector, new Dictionary<string, string> { ["app.kubernetes.io/name"] = "hemit-rabbitmq" }) && p.Metadata.Name != "default-deny");
    }

    [Fact]
    public void The_calls_the_architecture_draws_are_allowed()
    {
        foreach (var source in Sources)
        {
            Assert.True(Allowed(Pod("governance"), Pod(source), Ports[source]), $"governance cannot read {source}");
            Assert.True(Allowed(Pod("portal"), Pod(source), Ports[source]), $"the portal cannot call {source}");
            Assert.True(Allowed(IngressController, Pod(source), Ports[source]), $"integrations cannot push to {source}");
        }

        Assert.True(Allowed(Pod("portal"), Pod("governance"), Ports["governance"]));
        Assert.True(Allowed(IngressController, Pod("portal"), Ports["portal"]));
        Assert.True(Allowed(IngressController, Pod("identity"), Ports["identity"]));
        foreach (var service in Ports.Keys)
        {
            if (service != "identity")
            {
                Assert.True(Allowed(Pod(service), Pod("identity"), Ports["identity"]), $"{service} cannot reach identity");
            }

            Assert.True(Allowed(Pod(service), Pod("otel-collector"), "4317"), $"{service} cannot send telemetry");
            Assert.True(Allowed(Pod(service), Postgres, "5432"), $"{service} cannot reach PostgreSQL");

            if (service is not ("portal" or "identity"))
            {
                Assert.True(Allowed(Pod(service), RabbitMQ, "5672"), $"{service} cannot reach RabbitMQ");
            }
        }

        Assert.True(Allowed(Migration("finance"), Postgres, "5432"));
        Assert.True(Allowed(Migration("portal"), Postgres, "5432"));
    }

    [Fact]
    public void Nothing_else_is_allowed()
    {
        foreach (var source in Sources)
        {
            // A source never calls governance, another source or the portal; nothing calls a service's http (health) port.
            Assert.False(Allowed(Pod(source), Pod("governance"), Ports["governance"]), $"{source} may call governance");
            Assert.False(Allowed(Pod(source), Pod("portal"), Ports["portal"]), $"{source} may call the portal");
            foreach (var other in Sources.Where(o => o != source))
            {
                Assert.False(Allowed(Pod(source), Pod(other), Ports[other]), $"{source} may call {other}");
            }
        }

        Assert.False(Allowed(Pod("portal"), RabbitMQ, "5672"), "the portal may reach RabbitMQ");
        Assert.False(Allowed(IngressController, Pod("finance"), "5110"), "the ingress may reach a health port");
        Assert.False(Allowed(IngressController, Postgres, "5432"), "the ingress may reach PostgreSQL");
        Assert.False(Allowed(Pod("governance"), Pod("portal"), Ports["portal"]), "governance may call the portal");
        Assert.False(Allowed(Pod("identity"), RabbitMQ, "5672"), "identity may reach RabbitMQ");
    }

    private static readonly Peer IngressController = new("ingress-nginx", new Dictionary<string, string> { ["app.kubernetes.io/name"] = "ingress-nginx" });
    private static readonly Peer Postgres = new(Namespace, new Dictionary<string, string> { ["cnpg.io/cluster"] = "hemit-postgres" });
    private static readonly Peer RabbitMQ = new(Namespace, new Dictionary<string, string> { ["app.kubernetes.io/name"] = "hemit-rabbitmq" });

    private static Peer Pod(string name) => new(Namespace, Production.One<V1Deployment>(name).Spec.Template.Metadata.Labels);

    private static Peer Migration(string name) => new(Namespace, Production.One<V1Job>($"{name}-migrate").Spec.Template.Metadata.Labels);

    private sealed record Peer(string Namespace, IDictionary<string, string> Labels);

    /// <summary>Kubernetes' rule: egress from the caller allowed (or the caller unselected) and ingress to the callee likewise.</summary>
    private static bool Allowed(Peer from, Peer to, string port) =>
        Permits(from, policy => policy.Spec.Egress?.Any(rule => Matches(rule.To, rule.Ports, to, port)) == true, "Egress")
        && Permits(to, policy => policy.Spec.Ingress?.Any(rule => Matches(rule.FromProperty, rule.Ports, from, port)) == true, "Ingress");

    private static bool Permits(Peer pod, Func<V1NetworkPolicy, bool> allows, string direction)
    {
        if (pod.Namespace != Namespace)
        {
            return true; // outside the platform's namespace its own policies decide; here: allowed
        }

        var selecting = Policies.Where(p => p.Spec.PolicyTypes.Contains(direction) && Selects(p.Spec.PodSelector, pod.Labels)).ToList();
        return selecting.Count == 0 || selecting.Any(allows);
    }

    private static bool Matches(IList<V1NetworkPolicyPeer>? peers, IList<V1NetworkPolicyPort>? ports, Peer peer, string port) =>
        (ports is null || ports.Any(p => p.Port?.Value == port))
        && (peers is null || peers.Any(p => Matches(p, peer)));

    private static bool Matches(V1NetworkPolicyPeer rule, Peer peer)
    {
        if (rule.IpBlock is not null)
        {
            return false;
        }

        var namespaceMatches = rule.NamespaceSelector is null
            ? peer.Namespace == Namespace
            : Selects(rule.NamespaceSelector, new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = peer.Namespace });
        return namespaceMatches && (rule.PodSelector is null || Selects(rule.PodSelector, peer.Labels));
    }

    private static bool Selects(V1LabelSelector selector, IDictionary<string, string> labels) =>
        (selector.MatchLabels ?? new Dictionary<string, string>()).All(l => labels.TryGetValue(l.Key, out var value) && value == l.Value)
        && (selector.MatchExpressions is null || selector.MatchExpressions.Count == 0);
}
