using k8s.Models;
using Xunit;

namespace Hemit.Deploy.Tests;

/// <summary>What every workload must have before a platform engineer lets it into the cluster.</summary>
public sealed class WorkloadTests
{
    public static readonly string[] Services = ["identity", "finance", "hrmetrics", "servicedesk", "projects", "governance", "portal"];

    public static TheoryData<string> Overlays => new(RenderedOverlay.Names);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_service_is_probed_on_health_and_alive_and_has_requests_and_limits(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        foreach (var service in Services)
        {
            var container = Assert.Single(rendered.One<V1Deployment>(service).Spec.Template.Spec.Containers);
            Assert.Equal("/health", container.ReadinessProbe?.HttpGet?.Path);
            Assert.Equal("/alive", container.LivenessProbe?.HttpGet?.Path);
            // The probes reach the port named http, which the manifest's http binding is.
            Assert.Equal("http", container.ReadinessProbe!.HttpGet.Port.Value);
            Assert.Contains(container.Ports, p => p.Name == "http");
        }

        foreach (var (workload, template) in rendered.PodTemplates())
        {
            Assert.All(template.Spec.Containers, c =>
            {
                Assert.True(c.Resources?.Requests?.ContainsKey("cpu") == true && c.Resources.Requests.ContainsKey("memory"), $"{workload}: no requests");
                Assert.True(c.Resources?.Limits?.ContainsKey("cpu") == true && c.Resources.Limits.ContainsKey("memory"), $"{workload}: no limits");
                Assert.True(c.Resources.Requests["memory"].ToInt64() <= c.Resources.Limits["memory"].ToInt64(), $"{workload}: request above limit");
            });
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_portal_has_memory_for_its_Chromium_and_the_others_keep_theirs(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        long Mebibytes(string service, Func<V1ResourceRequirements, IDictionary<string, ResourceQuantity>> side) =>
            side(Assert.Single(rendered.One<V1Deployment>(service).Spec.Template.Spec.Containers).Resources)["memory"].ToInt64() / (1024 * 1024);

        // The portal ~160 MiB at rest and Chromium 330-500 MiB after a few prints (bench/, "board paper").
        Assert.Equal(1024, Mebibytes("portal", r => r.Limits));
        Assert.Equal(768, Mebibytes("portal", r => r.Requests));
        Assert.All(Services.Where(s => s != "portal"), service => Assert.Equal(512, Mebibytes(service, r => r.Limits)));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_pod_runs_as_non_root_on_a_read_only_root_with_no_privileges(string overlay)
    {
        foreach (var (workload, template) in RenderedOverlay.Of(overlay).PodTemplates())
        {
            Assert.True(template.Spec.SecurityContext?.RunAsNonRoot == true, $"{workload}: may run as root");
            Assert.False(template.Spec.AutomountServiceAccountToken ?? true, $"{workload}: mounts a service-account token");
            Assert.All(template.Spec.Containers, c =>
            {
                Assert.True(c.SecurityContext?.ReadOnlyRootFilesystem == true, $"{workload}: writable root file system");
                Assert.True(c.SecurityContext?.AllowPrivilegeEscalation == false, $"{workload}: privilege escalation allowed");
                Assert.Contains("ALL", c.SecurityContext?.Capabilities?.Drop ?? []);
            });
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_service_has_a_service_an_autoscaler_and_a_disruption_budget(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        foreach (var service in Services)
        {
            var deployment = rendered.One<V1Deployment>(service);
            Assert.Null(deployment.Spec.Replicas); // the autoscaler owns the count
            var labels = deployment.Spec.Template.Metadata.Labels;
            var kubernetesService = rendered.One<V1Service>(service);
            Assert.All(kubernetesService.Spec.Selector, s => Assert.Equal(s.Value, labels[s.Key]));
            var autoscaler = rendered.One<V2HorizontalPodAutoscaler>(service);
            Assert.Equal(("Deployment", service), (autoscaler.Spec.ScaleTargetRef.Kind, autoscaler.Spec.ScaleTargetRef.Name));
            Assert.True(autoscaler.Spec.MinReplicas >= 2, $"{service}: fewer than two replicas leave nothing during a node's drain");
            var budget = rendered.One<V1PodDisruptionBudget>(service);
            Assert.All(budget.Spec.Selector.MatchLabels, s => Assert.Equal(s.Value, labels[s.Key]));
        }

        Assert.Equal(overlay == "production" ? 3 : 2, rendered.One<V2HorizontalPodAutoscaler>("finance").Spec.MinReplicas);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Every_image_comes_from_the_registry_with_a_version_tag(string overlay)
    {
        var registry = overlay == "production" ? "registry.hemit.example/" : "registry.test.hemit.example/";
        foreach (var (workload, template) in RenderedOverlay.Of(overlay).PodTemplates())
        {
            foreach (var container in template.Spec.Containers)
            {
                var tag = container.Image.Contains(':', StringComparison.Ordinal) ? container.Image[(container.Image.LastIndexOf(':') + 1)..] : "";
                Assert.False(tag is "" or "latest", $"{workload}: image {container.Image} has no version tag");
                if (workload != "Deployment/otel-collector")
                {
                    Assert.StartsWith(registry, container.Image);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void A_migration_job_runs_each_databases_service_image_with_migrate_only(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        foreach (var service in Services)
        {
            var job = rendered.One<V1Job>($"{service}-migrate").Spec.Template.Spec.Containers.Single();
            var deployment = rendered.One<V1Deployment>(service).Spec.Template.Spec.Containers.Single();
            Assert.Equal(deployment.Image, job.Image);
            Assert.Equal(deployment.EnvFrom.Select(e => e.ConfigMapRef?.Name ?? e.SecretRef.Name), job.EnvFrom.Select(e => e.ConfigMapRef?.Name ?? e.SecretRef.Name));
            Assert.Contains(job.Env, e => e.Name == "Database__MigrateOnly" && e.Value == "true");
        }
    }
}
