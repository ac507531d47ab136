using k8s.Models;
using Xunit;

namespace Hemit.Deploy.Tests;

public sealed class SecretTests
{
    public static TheoryData<string> Overlays => new(RenderedOverlay.Names);

    [Theory]
    [MemberData(nameof(Overlays))]
    public void No_secret_value_is_in_the_rendered_output(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        Assert.Empty(rendered.All<V1Secret>());
        foreach (var config in rendered.All<V1ConfigMap>())
        {
            foreach (var (key, value) in config.Data ?? new Dictionary<string, string>())
            {
                Assert.False(LooksSecret(key, value), $"{overlay}: ConfigMap {config.Metadata.Name} holds {key}");
            }
        }

        foreach (var (workload, template) in rendered.PodTemplates())
        {
            foreach (var variable in template.Spec.Containers.SelectMany(c => c.Env ?? []))
            {
                Assert.False(variable.Value is { } value && LooksSecret(variable.Name, value), $"{overlay}: {workload} sets {variable.Name} in plain text");
            }
        }

        // Every Secret a pod reads is made by an ExternalSecret from the vault.
        var made = rendered.All<CustomResource>().Where(c => c.Kind == "ExternalSecret").Select(c => (string)c.At("target.name")!).ToHashSet();
        foreach (var (workload, template) in rendered.PodTemplates())
        {
            foreach (var secret in template.Spec.Containers.SelectMany(c => c.EnvFrom ?? []).Where(e => e.SecretRef is not null))
            {
                Assert.True(made.Contains(secret.SecretRef.Name), $"{overlay}: {workload} reads {secret.SecretRef.Name}, which nothing makes");
            }
        }
    }

    [Fact]
    public void The_check_finds_a_password_in_plain_text()
    {
        Assert.True(LooksSecret("ConnectionStrings__financedb", "Host=db;Username=finance;Password=x"));
        Assert.True(LooksSecret("Auth__ClientSecret", "abc"));
        Assert.False(LooksSecret("Auth__ClientId", "governance"));
    }

    private static bool LooksSecret(string key, string value) =>
        key.Contains("Secret", StringComparison.OrdinalIgnoreCase) || key.Contains("Password", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
        || value.Contains("Password=", StringComparison.OrdinalIgnoreCase) || value.Contains("amqp://", StringComparison.OrdinalIgnoreCase);
}
