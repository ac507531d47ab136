using Microsoft.Extensions.Configuration;

namespace Hemit.Hosting.Servers.RabbitMQ;

/// <summary>
/// The broker's own start script (not /usr/sbin/rabbitmq-server, which insists on /var/lib/rabbitmq and its log
/// folder), from the folder named by Hemit:RabbitMQBin (or HEMIT_RABBITMQ_BIN) when set; and epmd, Erlang's port
/// mapper, which the node starts and which we stop with it.
/// </summary>
internal static class RabbitMQBinaries
{
    public const string ConfigurationKey = "Hemit:RabbitMQBin";
    public const string EnvironmentVariable = "HEMIT_RABBITMQ_BIN";
    public const string NotInstalled = "RabbitMQ is not installed: run `sudo apt-get install -y rabbitmq-server`.";

    public static string? FindServerScript(IConfiguration configuration)
    {
        if (Configured(configuration) is { } configured)
        {
            var script = Path.Combine(configured, "rabbitmq-server");
            return File.Exists(script) ? script : null;
        }

        var candidates = new List<string> { "/usr/lib/rabbitmq/bin/rabbitmq-server" };
        if (Directory.Exists("/usr/lib/rabbitmq/lib"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/rabbitmq/lib").Select(d => Path.Combine(d, "sbin", "rabbitmq-server")));
        }

        return candidates.FirstOrDefault(File.Exists);
    }

    public static string? FindEpmd() => Processes.ExecutableSearch.Find("epmd");

    public static string MissingMessage(IConfiguration configuration) =>
        Configured(configuration) is { } configured
            ? $"RabbitMQ is not in {configured} (set by {ConfigurationKey} or {EnvironmentVariable}): no rabbitmq-server there. {NotInstalled}"
            : NotInstalled;

    private static string? Configured(IConfiguration configuration) =>
        new[] { configuration[ConfigurationKey], configuration[EnvironmentVariable] }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
