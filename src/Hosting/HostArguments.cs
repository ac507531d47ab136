namespace Hemit.Hosting;

/// <summary>The host's own command-line switches, turned into configuration keys.</summary>
internal static class HostArguments
{
    public const string DataDirectoryKey = "Hemit:DataDir";
    public const string VerboseKey = "Hemit:Verbose";

    public static readonly IDictionary<string, string> SwitchMappings = new Dictionary<string, string>
    {
        ["--data-dir"] = DataDirectoryKey,
    };

    /// <summary>A bare <c>--verbose</c> has no value, which the configuration command-line reader would refuse.</summary>
    public static string[] Normalize(IEnumerable<string> args)
    {
        var normalized = new List<string>();
        foreach (var arg in args)
        {
            if (arg is "--verbose" or "-v")
            {
                normalized.Add($"--{VerboseKey}=true");
                continue;
            }

            normalized.Add(arg);
        }

        if (normalized.Count > 0 && !normalized[0].StartsWith('-') && !normalized[0].Contains('='))
        {
            throw new DistributedApplicationException(
                $"Command-line argument '{normalized[0]}' is not understood: use --data-dir <folder>, --verbose or --Key=value.");
        }

        return [.. normalized];
    }
}
