using System.Globalization;
using System.Text;
using Google.Protobuf.Collections;
using OpenTelemetry.Proto.Common.V1;

namespace Hemit.Dashboard.Telemetry.Ingest;

/// <summary>Renders OTLP attribute values as the text the dashboard shows and filters on.</summary>
internal static class AnyValueText
{
    public static string Format(AnyValue? value)
    {
        if (value is null)
        {
            return "";
        }

        return value.ValueCase switch
        {
            AnyValue.ValueOneofCase.StringValue => value.StringValue,
            AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
            AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
            AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString("R", CultureInfo.InvariantCulture),
            AnyValue.ValueOneofCase.BytesValue => Convert.ToBase64String(value.BytesValue.Span),
            AnyValue.ValueOneofCase.ArrayValue => FormatArray(value.ArrayValue),
            AnyValue.ValueOneofCase.KvlistValue => FormatList(value.KvlistValue),
            _ => "",
        };
    }

    public static KeyValuePair<string, string>[] Format(RepeatedField<KeyValue> attributes, StringPool pool)
    {
        if (attributes.Count == 0)
        {
            return [];
        }

        var result = new KeyValuePair<string, string>[attributes.Count];
        for (var index = 0; index < attributes.Count; index++)
        {
            var attribute = attributes[index];
            result[index] = new(pool.Intern(attribute.Key), pool.Intern(Format(attribute.Value)));
        }

        return result;
    }

    private static string FormatArray(ArrayValue array)
    {
        var text = new StringBuilder("[");
        for (var index = 0; index < array.Values.Count; index++)
        {
            if (index > 0)
            {
                text.Append(", ");
            }

            text.Append(Format(array.Values[index]));
        }

        return text.Append(']').ToString();
    }

    private static string FormatList(KeyValueList list)
    {
        var text = new StringBuilder("{");
        for (var index = 0; index < list.Values.Count; index++)
        {
            if (index > 0)
            {
                text.Append(", ");
            }

            text.Append(list.Values[index].Key).Append(": ").Append(Format(list.Values[index].Value));
        }

        return text.Append('}').ToString();
    }
}
