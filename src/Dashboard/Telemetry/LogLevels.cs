namespace Hemit.Dashboard.Telemetry;

/// <summary>The six levels a .NET developer knows, mapped from OTLP's 24 severity numbers.</summary>
public enum LogLevelName
{
    Unspecified = 0,
    Trace = 1,
    Debug = 5,
    Information = 9,
    Warning = 13,
    Error = 17,
    Critical = 21,
}

public static class LogLevels
{
    public static LogLevelName FromSeverityNumber(int severityNumber) => severityNumber switch
    {
        <= 0 => LogLevelName.Unspecified,
        <= 4 => LogLevelName.Trace,
        <= 8 => LogLevelName.Debug,
        <= 12 => LogLevelName.Information,
        <= 16 => LogLevelName.Warning,
        <= 20 => LogLevelName.Error,
        _ => LogLevelName.Critical,
    };
}
