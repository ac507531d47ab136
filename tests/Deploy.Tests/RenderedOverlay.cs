using System.Collections.Concurrent;
using k8s;
using k8s.Models;

namespace Hemit.Deploy.Tests;

/// <summary>
/// One overlay of deploy/ as <c>kubectl kustomize</c> renders it, every object read into its Kubernetes API model
/// (custom resources of the operators into <see cref="CustomResource"/>). Rendered once per test run.
/// </summary>
public sealed class RenderedOverlay
{
    public static readonly string[] Names = ["test", "production"];

    /// <summary>The custom resources deploy/ uses, by apiVersion/kind: the operators' and the External Secrets Operator's.</summary>
    public static readonly IReadOnlyDictionary<string, Type> CustomKinds = new Dictionary<string, Type>
    {
        ["postgresql.cnpg.io/v1/Cluster"] = typeof(CustomResource),
        ["postgresql.cnpg.io/v1/Database"] = typeof(CustomResource),
        ["rabbitmq.com/v1beta1/RabbitmqCluster"] = typeof(CustomResource),
        ["external-secrets.io/v1/ExternalSecret"] = typeof(CustomResource),
    };

    private static readonly ConcurrentDictionary<string, Lazy<RenderedOverlay>> Rendered = new();

    private RenderedOverlay(string name, string yaml)
    {
        Name = name;
        Yaml = yaml;
        Objects = KubernetesYaml.LoadAllFromString(yaml, CustomKinds.ToDictionary()).Cast<IKubernetesObject<V1ObjectMeta>>().ToList();
    }

    public string Name { get; }

    /// <summary>What kubectl printed.</summary>
    public string Yaml { get; }

    public IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Objects { get; }

    public static RenderedOverlay Of(string name) =>
        Rendered.GetOrAdd(name, n => new Lazy<RenderedOverlay>(() => new RenderedOverlay(n, Render(n)))).Value;

    public static string Render(string name) =>
        Repository.Run("kubectl", ["kustomize", Repository.Path("deploy", "overlays", name)], Repository.Root);

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public T One<T>(string name) where T : IKubernetesObject<V1ObjectMeta> =>
        Objects.OfType<T>().SingleOrDefault(o => o.Metadata.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"{Name}: no {typeof(T).Name} named {name}");

    /// <summary>Objects whose name starts with <paramref name="prefix"/> (ConfigMaps carry kustomize's hash suffix).</summary>
    public V1ConfigMap ConfigMap(string prefix) =>
        Objects.OfType<V1ConfigMap>().Single(c => c.Metadata.Name.StartsWith(prefix + "-", StringComparison.Ordinal)
            && c.Metadata.Name.Length == prefix.Length + 11);

    /// <summary>The pod templates of every workload: Deployments and Jobs.</summary>
    public IEnumerable<(string Workload, V1PodTemplateSpec Template)> PodTemplates() =>
        All<V1Deployment>().Select(d => ($"Deployment/{d.Metadata.Name}", d.Spec.Template))
            .Concat(All<V1Job>().Select(j => ($"Job/{j.Metadata.Name}", j.Spec.Template)));
}

/// <summary>A custom resource: its spec kept as YAML's maps and lists.</summary>
public sealed class CustomResource : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = "";
    public string Kind { get; set; } = "";
    public V1ObjectMeta Metadata { get; set; } = new();
    public Dictionary<string, object> Spec { get; set; } = [];

    /// <summary>A value under spec by a dotted path (<c>target.name</c>), or null.</summary>
    public object? At(string path)
    {
        object? current = Spec;
        foreach (var part in path.Split('.'))
        {
            current = current switch
            {
                IDictionary<string, object> map => map.TryGetValue(part, out var next) ? next : null,
                IDictionary<object, object> map => map.TryGetValue(part, out var next) ? next : null,
                IList<object> list when int.TryParse(part, out var index) && index < list.Count => list[index],
                _ => null,
            };
        }

        return current;
    }
}
