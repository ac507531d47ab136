using k8s;
using YamlDotNet.RepresentationModel;

namespace Hemit.Deploy.Tests;

/// <summary>
/// The API models read YAML leniently: a field they do not have is dropped. Reading each document, writing the model
/// back and comparing the field paths finds every field the API does not know (a misspelt probe, a field at the wrong level).
/// </summary>
internal static class StrictYaml
{
    public static void Check(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root)
            {
                continue;
            }

            var text = Serialize(root);
            var model = KubernetesYaml.LoadAllFromString(text, RenderedOverlay.CustomKinds.ToDictionary()).Single();
            var written = new YamlStream();
            written.Load(new StringReader(KubernetesYaml.Serialize(model)));
            var known = Paths(written.Documents[0].RootNode, "").ToHashSet(StringComparer.Ordinal);
            var unknown = Paths(root, "").Where(path => !known.Contains(path)).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidDataException(
                    $"{Scalar(root, "kind")}/{Scalar(root["metadata"], "name")} has fields its API model does not: {string.Join(", ", unknown)}");
            }
        }
    }

    private static string Serialize(YamlNode node)
    {
        var stream = new YamlStream(new YamlDocument(node));
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>Every mapping key's path, list items as [i].</summary>
    private static IEnumerable<string> Paths(YamlNode node, string prefix)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    var path = $"{prefix}.{((YamlScalarNode)key).Value}";
                    yield return path;
                    foreach (var inner in Paths(value, path))
                    {
                        yield return inner;
                    }
                }

                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    foreach (var inner in Paths(list.Children[i], $"{prefix}[{i}]"))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static string Scalar(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value.ToString() : "?";
}
