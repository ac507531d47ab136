using k8s.Models;
using Xunit;

namespace Hemit.Deploy.Tests;

public sealed class RenderTests
{
    public static TheoryData<string> Overlays => new(RenderedOverlay.Names);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_overlay_renders_and_every_object_reads_into_its_api_model(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);

        // One Deployment, Service, HPA and PDB per service, the collector, 7 migration Jobs (the portal's too), the operators' resources.
        Assert.Equal(8, rendered.All<V1Deployment>().Count());
        Assert.Equal(7, rendered.All<V1Job>().Count());
        Assert.All(rendered.Objects, o => Assert.False(string.IsNullOrEmpty(o.Metadata.Name)));
        var expectedNamespace = overlay == "production" ? "hemit" : "hemit-test";
        Assert.All(rendered.Objects.Where(o => o is not V1Namespace),
            o => Assert.True(o.Metadata.NamespaceProperty == expectedNamespace, $"{o.Kind}/{o.Metadata.Name} is in {o.Metadata.NamespaceProperty}"));
        Assert.Equal(7, rendered.All<CustomResource>().Count(c => c.Kind == "Database"));
        StrictYaml.Check(rendered.Yaml);
    }

    [Fact]
    public void A_field_the_api_does_not_have_is_not_read_silently()
    {
        // The models would otherwise let a misspelt field (readinesProbe) pass unnoticed.
        var yaml = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: x
            dta:
              a: b
            """;
        Assert.ThrowsAny<Exception>(() => StrictYaml.Check(yaml));
    }
}
