namespace Hemit.Dashboard.Telemetry;

/// <summary>OTLP carries time as nanoseconds since the Unix epoch.</summary>
public static class UnixNano
{
    public static DateTimeOffset ToDateTimeOffset(ulong unixNano) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(unixNano / 100));

    public static ulong FromDateTimeOffset(DateTimeOffset time) =>
        (ulong)(time - DateTimeOffset.UnixEpoch).Ticks * 100;
}
