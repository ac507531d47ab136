using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;

namespace Hemit.Dashboard.Otlp;

/// <summary>
/// Decodes OTLP/JSON. It is proto3's JSON mapping with the specification's differences: trace and span ids are
/// hex strings (not base64), enums are integers, 64-bit integers may be strings, and unknown fields are ignored.
/// The ids are rewritten to base64 before Google.Protobuf's parser reads the rest.
/// </summary>
public static class OtlpJson
{
    private static readonly HashSet<string> IdFields = new(StringComparer.Ordinal)
    {
        "traceId", "spanId", "parentSpanId", "trace_id", "span_id", "parent_span_id",
    };

    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public static T Parse<T>(ReadOnlySpan<byte> utf8Json)
        where T : IMessage<T>, new()
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8Json);
        }
        catch (JsonException exception)
        {
            throw new OtlpFormatException($"The body is not valid JSON: {exception.Message}", exception);
        }

        if (root is not JsonObject)
        {
            throw new OtlpFormatException($"The body must be a JSON object such as {{\"resourceSpans\": [...]}}, not {root?.GetValueKind().ToString() ?? "null"}.");
        }

        RewriteIds(root, "$");
        try
        {
            return Parser.Parse<T>(root.ToJsonString());
        }
        catch (Exception exception) when (exception is InvalidJsonException or InvalidProtocolBufferException or FormatException)
        {
            throw new OtlpFormatException($"The body is not an OTLP {typeof(T).Name}: {exception.Message}", exception);
        }
    }

    /// <summary>Encodes a response as OTLP/JSON (default values left out, as the specification allows).</summary>
    public static string Format(IMessage message) => JsonFormatter.Default.Format(message);

    private static void RewriteIds(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is null)
                    {
                        continue;
                    }

                    if (IdFields.Contains(name) && value.GetValueKind() == JsonValueKind.String)
                    {
                        obj[name] = HexToBase64(value.GetValue<string>(), $"{path}.{name}");
                    }
                    else
                    {
                        RewriteIds(value, $"{path}.{name}");
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    if (array[index] is { } item)
                    {
                        RewriteIds(item, $"{path}[{index}]");
                    }
                }

                break;
        }
    }

    private static string HexToBase64(string hex, string path)
    {
        if (hex.Length == 0)
        {
            return "";
        }

        try
        {
            return Convert.ToBase64String(Convert.FromHexString(hex));
        }
        catch (FormatException)
        {
            throw new OtlpFormatException($"{path} must be a hex string (OTLP/JSON encodes trace and span ids as hex), not '{hex}'.");
        }
    }
}
