using Google.Protobuf;

namespace Hemit.Dashboard.Telemetry.Ingest;

/// <summary>Trace and span ids: bytes on the OTLP wire, lower-case hex everywhere in the dashboard.</summary>
internal static class OtlpIds
{
    public const int TraceIdBytes = 16;
    public const int SpanIdBytes = 8;

    public static string ToHex(ByteString id) => id.Length == 0 ? "" : Convert.ToHexStringLower(id.Span);

    public static bool IsValid(ByteString id, int length)
    {
        if (id.Length != length)
        {
            return false;
        }

        foreach (var value in id.Span)
        {
            if (value != 0)
            {
                return true;
            }
        }

        return false;
    }
}
