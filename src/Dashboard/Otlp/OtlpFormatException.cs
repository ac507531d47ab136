namespace Hemit.Dashboard.Otlp;

/// <summary>An OTLP/HTTP body that cannot be decoded; the message says what is wrong with it.</summary>
public sealed class OtlpFormatException(string message, Exception? inner = null) : Exception(message, inner);
