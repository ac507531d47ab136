using System.Text;

namespace Hemit.Dashboard.Telemetry.Ingest;

/// <summary>
/// .NET's OpenTelemetry logger sends the message template ("Imported {Count} rows") as the body and the values
/// as attributes; the dashboard shows the message as the developer wrote it, with the values filled in.
/// Holes without a matching attribute, and escaped braces, are left as they are.
/// </summary>
internal static class MessageTemplate
{
    public static string Render(string template, KeyValuePair<string, string>[] attributes)
    {
        if (attributes.Length == 0 || template.IndexOf('{') < 0)
        {
            return template;
        }

        var text = new StringBuilder(template.Length + 32);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                break;
            }

            if (open + 1 < template.Length && template[open + 1] == '{')
            {
                text.Append(template, position, open + 2 - position);
                position = open + 2;
                continue;
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                break;
            }

            var hole = template.AsSpan(open + 1, close - open - 1);
            var end = hole.IndexOfAny(':', ',');
            var name = (end < 0 ? hole : hole[..end]).TrimStart('@').TrimStart('$').ToString();
            text.Append(template, position, open - position);
            var value = Find(attributes, name);
            text.Append(value ?? template.Substring(open, close - open + 1));
            position = close + 1;
        }

        text.Append(template, position, template.Length - position);
        return text.ToString();
    }

    private static string? Find(KeyValuePair<string, string>[] attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Key == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
