namespace Hemit.Hosting.EnvironmentContract;

/// <summary>Variable names that carry passwords, keys or tokens by their name alone.</summary>
public static class SecretNames
{
    private static readonly string[] SecretWords = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "API_KEY", "PRIVATEKEY", "CREDENTIAL"];

    public static bool LooksSecret(string variableName)
    {
        var upper = variableName.ToUpperInvariant();
        return SecretWords.Any(upper.Contains)
            || upper.EndsWith("_KEY", StringComparison.Ordinal)
            || upper.EndsWith("__KEY", StringComparison.Ordinal)
            || upper == "OTEL_EXPORTER_OTLP_HEADERS";
    }
}
