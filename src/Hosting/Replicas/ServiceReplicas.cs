using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Hemit.Hosting.Replicas;

/// <summary>
/// How many processes of every service the AppHost runs: <c>Hemit:Replicas</c> (<c>--Hemit:Replicas=3</c>,
/// <c>Hemit__Replicas=3</c>), 1 unless set. Aspire's <c>WithReplicas</c> on each project: each replica gets its own
/// port behind the service's one proxied endpoint, and DCP's proxy hands each new connection to one of them.
/// </summary>
public static class ServiceReplicas
{
    public const string Setting = "Hemit:Replicas";

    /// <summary>The replica count the configuration asks for; anything but a whole number from 1 to 16 is refused.</summary>
    public static int Configured(IConfiguration configuration)
    {
        var text = configuration[Setting];
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var replicas)
               && replicas is >= 1 and <= 16
            ? replicas
            : throw new InvalidOperationException($"{Setting} is '{text}'; give a whole number of replicas from 1 to 16.");
    }

    /// <summary>
    /// Runs every project added so far with <see cref="Configured"/> replicas. Call it after the last <c>AddProject</c>:
    /// Aspire names a project's instances before the app starts, from the replica count it then has.
    /// </summary>
    public static IDistributedApplicationBuilder ReplicateServices(this IDistributedApplicationBuilder builder)
    {
        var replicas = Configured(builder.Configuration);
        if (replicas > 1)
        {
            foreach (var project in builder.Resources.OfType<ProjectResource>())
            {
                builder.CreateResourceBuilder(project).WithReplicas(replicas);
            }
        }

        return builder;
    }
}
