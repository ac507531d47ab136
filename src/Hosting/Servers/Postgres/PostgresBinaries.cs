using Microsoft.Extensions.Configuration;

namespace Hemit.Hosting.Servers.Postgres;

/// <summary>
/// Where initdb and pg_ctl are: the folder named by Hemit:PostgresBin (or HEMIT_POSTGRES_BIN) when set, otherwise
/// Debian's /usr/lib/postgresql/&lt;version&gt;/bin (15 first), then PATH.
/// </summary>
internal static class PostgresBinaries
{
    public const string ConfigurationKey = "Hemit:PostgresBin";
    public const string EnvironmentVariable = "HEMIT_POSTGRES_BIN";
    public const string NotInstalled = "PostgreSQL 15 is not installed: run `sudo apt-get install -y postgresql`.";

    public static string? FindBinDirectory(IConfiguration configuration)
    {
        if (Configured(configuration) is { } configured)
        {
            return IsComplete(configured) ? configured : null;
        }

        var candidates = new List<string> { "/usr/lib/postgresql/15/bin" };
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        if (Processes.ExecutableSearch.Find("pg_ctl") is { } onPath)
        {
            candidates.Add(Path.GetDirectoryName(onPath)!);
        }

        return candidates.FirstOrDefault(IsComplete);
    }

    public static string MissingMessage(IConfiguration configuration) =>
        Configured(configuration) is { } configured
            ? $"PostgreSQL is not in {configured} (set by {ConfigurationKey} or {EnvironmentVariable}): no initdb and pg_ctl there. {NotInstalled}"
            : NotInstalled;

    private static string? Configured(IConfiguration configuration) =>
        new[] { configuration[ConfigurationKey], configuration[EnvironmentVariable] }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static bool IsComplete(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}
